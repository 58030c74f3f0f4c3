/* labels.c: labels and labeled branches (go/types' labels.go).
 *
 * Runs after a function body that has labels was checked. Labels live in
 * one scope per function; blocks are walked recursively with a chain of
 * enclosing blocks, each knowing the labeled statement it belongs to and
 * the labels declared directly in it. A goto to a label not yet seen is a
 * forward jump that the enclosing statement list resolves when the label
 * appears (reporting a jump over a variable declaration in between); a
 * jump still unresolved at the top jumps into a block or names no label.
 * break and continue labels must name an enclosing statement of the
 * right kind. */
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
    Pos var_decl;   /* last variable declaration, or none */
    JumpVec fwd;    /* unresolved forward jumps */
    JumpVec bad;    /* forward jumps at the last variable declaration */
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

static void record_var_decl(ListState *st, Pos pos) {
    st->var_decl = pos;
    st->bad.n = 0;
    for (int i = 0; i < st->fwd.n; i++) vec_push(&st->bad, st->fwd.a[i]);
}

static bool jumps_over_var_decl(ListState *st, AstNode *jmp) {
    if (!st->var_decl.file) return false;
    for (int i = 0; i < st->bad.n; i++)
        if (st->bad.a[i] == jmp) return true;
    return false;
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
    if (alt && alt != lbl) {
        check_softf(chk, id->pos, "label %s already declared\n\t%s:%d:%d: other declaration of %s", name->s,
                    file_display(alt->pos.file), (int)alt->pos.line, (int)alt->pos.col, name->s);
    } else {
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
        if (jumps_over_var_decl(st, jmp))
            check_softf(chk, jmp->u.branch.label->pos, "goto %s jumps over variable declaration at line %d", name->s,
                        (int)st->var_decl.line);
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
        if (!t || !is_kind(t->u.labeled.stmt, cont)) {
            check_errorf(chk, id->pos, "invalid %s label %s", cont ? "continue" : "break", name->s);
            return;
        }
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
    case N_DeclStmt: {
        AstNode *d = s->u.declstmt.decl;
        if (d && d->kind == N_GenDecl && d->u.gendecl.tok == TK_VAR) record_var_decl(st, d->pos);
        break;
    }
    case N_LabeledStmt:
        labeled(st, s, &lstmt);
        stmt_branches(st, lstmt, s->u.labeled.stmt);
        break;
    case N_BranchStmt: branch(st, s); break;
    case N_AssignStmt:
        if (s->u.assign.tok == TK_DEFINE) record_var_decl(st, ast_start(s));
        break;
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
    ListState st = {lb, &b, {0}, {0}, {0}};
    for (int i = 0; i < list.n; i++) stmt_branches(&st, NULL, list.a[i]);
    vec_free(&st.bad);
    map_clear(&b.labels);
    return st.fwd;
}

void check_labels(Checker *chk, AstNode *body) {
    Labels lb = {chk, scope_new(NULL, ast_start(body), body->u.block.rbrace, "label"), {0}};
    JumpVec fwd = block_branches(&lb, NULL, NULL, body->u.block.list);
    for (int i = 0; i < fwd.n; i++) {
        AstNode *id = fwd.a[i]->u.branch.label;
        Object *alt = scope_lookup(lb.all, id->u.ident.name);
        if (alt) {
            map_putp(&lb.used, alt, alt);
            check_errorf(chk, id->pos, "goto %s jumps into block", id->u.ident.name->s);
        } else {
            check_errorf(chk, id->pos, "label %s not declared", id->u.ident.name->s);
        }
    }
    vec_free(&fwd);
    for (int i = 0; i < lb.all->objs.n; i++) {
        Object *l = lb.all->objs.a[i];
        if (!map_getp(&lb.used, l)) check_softf(chk, l->pos, "label %s declared and not used", l->name->s);
    }
    map_clear(&lb.used);
}
