/* labels.c: label objects and their uses (go/types' labels.go).
 *
 * Runs after a function body that has labels was checked, to record the
 * label definitions and uses as go/types does. Labels live in one scope
 * per function; blocks are walked recursively with a chain of enclosing
 * blocks, each knowing the labeled statement it belongs to and the labels
 * declared directly in it. A goto to a label not yet seen is a forward
 * jump that the enclosing statement list resolves when the label appears.
 * break and continue labels must name an enclosing statement of the
 * right kind to count as uses. The errors are gc's and come from
 * branches.c (gc has types2 ignore branch errors), so none are reported
 * here. */
#include "types/check.h"

#include <string.h>

typedef struct Block Block;
struct Block {
    Block *parent;
    AstNode *lstmt; /* labeled statement this block belongs to, or NULL */
    Map labels;     /* Sym* -> LabeledStmt declared in this block */
};

typedef Vec(AstNode *) JumpVec;

typedef struct Labels {
    Checker *chk;
    Scope *all;
    Map used; /* label Object* -> non-NULL */
} Labels;

/* The state of one statement list. */
typedef struct ListState {
    Labels *lb;
    Block *b;
    JumpVec fwd;    /* unresolved forward jumps */
} ListState;

static AstNode *goto_target(Block *b, Sym *name) {
    for (; b; b = b->parent) {
        AstNode *t = map_getp(&b->labels, name);
        if (t) return t;
    }
    return NULL;
}

static AstNode *enclosing_target(Block *b, Sym *name) {
    for (; b; b = b->parent)
        if (b->lstmt && b->lstmt->u.labeled.label->u.ident.name == name) return b->lstmt;
    return NULL;
}

static JumpVec block_branches(Labels *lb, Block *parent, AstNode *lstmt, AstList list);

static void nested_list(ListState *st, AstNode *lstmt, AstList list) {
    JumpVec f = block_branches(st->lb, st->b, lstmt, list);
    for (int i = 0; i < f.n; i++) vec_push(&st->fwd, f.a[i]);
    vec_free(&f);
}

static void labeled(ListState *st, AstNode *s, AstNode **lstmt) {
    Checker *chk = st->lb->chk;
    AstNode *id = s->u.labeled.label;
    Sym *name = id->u.ident.name;
    if (!strcmp(name->s, "_")) return;
    Object *lbl = obj_new(OBJ_LABEL, id->pos, chk->pkg, name, NULL);
    Object *alt = scope_insert(st->lb->all, lbl);
    if (!alt || alt == lbl) {
        map_putp(&st->b->labels, name, s);
        record_def(chk, id, lbl);
    }
    int k = 0;
    for (int i = 0; i < st->fwd.n; i++) {
        AstNode *jmp = st->fwd.a[i];
        if (jmp->u.branch.label->u.ident.name != name) {
            st->fwd.a[k++] = jmp;
            continue;
        }
        map_putp(&st->lb->used, lbl, lbl);
        record_use(chk, jmp->u.branch.label, lbl);
    }
    st->fwd.n = k;
    *lstmt = s;
}

static bool is_kind(AstNode *s, bool loops_only) {
    switch (s->kind) {
    case N_ForStmt:
    case N_RangeStmt: return true;
    case N_SwitchStmt:
    case N_TypeSwitchStmt:
    case N_SelectStmt: return !loops_only;
    default: return false;
    }
}

static void branch(ListState *st, AstNode *s) {
    Checker *chk = st->lb->chk;
    AstNode *id = s->u.branch.label;
    if (!id) return;
    Sym *name = id->u.ident.name;
    AstNode *t;
    switch (s->u.branch.tok) {
    case TK_BREAK:
    case TK_CONTINUE: {
        bool cont = s->u.branch.tok == TK_CONTINUE;
        t = enclosing_target(st->b, name);
        if (!t || !is_kind(t->u.labeled.stmt, cont)) return;
        break;
    }
    case TK_GOTO:
        if (!goto_target(st->b, name)) {
            vec_push(&st->fwd, s);
            return;
        }
        break;
    default: return;
    }
    Object *obj = scope_lookup(st->lb->all, name);
    if (!obj) return;
    map_putp(&st->lb->used, obj, obj);
    record_use(chk, id, obj);
}

static void stmt_branches(ListState *st, AstNode *lstmt, AstNode *s) {
    if (!s) return;
    switch (s->kind) {
    case N_LabeledStmt:
        labeled(st, s, &lstmt);
        stmt_branches(st, lstmt, s->u.labeled.stmt);
        break;
    case N_BranchStmt: branch(st, s); break;
    case N_BlockStmt: nested_list(st, lstmt, s->u.block.list); break;
    case N_IfStmt:
        stmt_branches(st, lstmt, s->u.ifstmt.body);
        stmt_branches(st, lstmt, s->u.ifstmt.els);
        break;
    case N_CaseClause: nested_list(st, NULL, s->u.caseclause.body); break;
    case N_CommClause: nested_list(st, NULL, s->u.commclause.body); break;
    case N_SwitchStmt:
    case N_TypeSwitchStmt: stmt_branches(st, lstmt, s->u.switchstmt.body); break;
    case N_SelectStmt: stmt_branches(st, lstmt, s->u.selectstmt.body); break;
    case N_ForStmt: stmt_branches(st, lstmt, s->u.forstmt.body); break;
    case N_RangeStmt: stmt_branches(st, lstmt, s->u.rangestmt.body); break;
    default: break;
    }
}

static JumpVec block_branches(Labels *lb, Block *parent, AstNode *lstmt, AstList list) {
    Block b = {parent, lstmt, {0}};
    ListState st = {lb, &b, {0}};
    for (int i = 0; i < list.n; i++) stmt_branches(&st, NULL, list.a[i]);
    map_clear(&b.labels);
    return st.fwd;
}

void check_labels(Checker *chk, AstNode *body) {
    Labels lb = {chk, scope_new(NULL, ast_start(body), body->u.block.rbrace, "label"), {0}};
    JumpVec fwd = block_branches(&lb, NULL, NULL, body->u.block.list);
    vec_free(&fwd);
    map_clear(&lb.used);
}
