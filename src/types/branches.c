/* branches.c: gc's checks of break, continue, fallthrough, goto and
 * labels (cmd/compile/internal/syntax's checkBranches).
 *
 * gc configures types2 to ignore branch errors and reports them from the
 * parser instead, with its own wording ("label L defined and not used",
 * "goto L jumps into block starting at ..."); goesc reports what gc
 * reports, so these errors come from here, while labels.c records the
 * label objects as go/types does. One walk per function body: blocks form
 * a chain (each knows where it starts and which labeled statement owns
 * it), labels are declared function-wide in source order, forward gotos
 * are resolved by the statement list that declares their label, and
 * break/continue targets are the enclosing loop, switch or select. */
#include "types/check.h"

#include <stdlib.h>
#include <string.h>

typedef struct BBlock BBlock;
struct BBlock {
    BBlock *parent;
    Pos start;
    AstNode *lstmt; /* labeled statement owning this block, or NULL */
};

typedef struct BLabel {
    BBlock *parent; /* block declaring the label */
    AstNode *lstmt;
    bool used;
    struct BLabel *next; /* declaration order */
} BLabel;

typedef struct Targets {
    AstNode *breaks;    /* innermost for, switch or select, or NULL */
    AstNode *continues; /* innermost for, or NULL */
    int case_index;     /* index of the clause in the innermost switch, or -1 */
} Targets;

typedef Vec(AstNode *) Gotos;

typedef struct Branches {
    Checker *chk;
    Map labels; /* Sym* -> BLabel* */
    BLabel *first, *last;
} Branches;

static Sym *label_name(AstNode *id) {
    return id->u.ident.name;
}

static BLabel *declare(Branches *br, BBlock *b, AstNode *s) {
    Sym *name = label_name(s->u.labeled.label);
    BLabel *alt = map_getp(&br->labels, name);
    if (alt) {
        char *p = check_pos_string(alt->lstmt->u.labeled.label->pos);
        check_errorf(br->chk, s->u.labeled.label->pos, "label %s already defined at %s", name->s, p);
        free(p);
        return alt;
    }
    BLabel *l = NEW(br->chk->scratch, BLabel);
    *l = (BLabel){b, s, false, NULL};
    map_putp(&br->labels, name, l);
    if (br->last) br->last->next = l;
    else br->first = l;
    br->last = l;
    return l;
}

static AstNode *goto_target(Branches *br, BBlock *b, Sym *name) {
    BLabel *l = map_getp(&br->labels, name);
    if (!l) return NULL;
    l->used = true;
    for (; b; b = b->parent)
        if (l->parent == b) return l->lstmt;
    return NULL;
}

static AstNode invalid_target;

static AstNode *enclosing_target(Branches *br, BBlock *b, Sym *name) {
    BLabel *l = map_getp(&br->labels, name);
    if (!l) return NULL;
    l->used = true;
    for (; b; b = b->parent)
        if (b->lstmt && l->lstmt == b->lstmt) return l->lstmt;
    return &invalid_target;
}

/* The state of one block's statement list. */
typedef struct BList {
    Branches *br;
    BBlock *b;
    Targets ctxt;
    Pos var_pos;
    AstNode *var_name; /* a name, or an lhs list (var_lhs) */
    AstList var_lhs;
    Gotos fwd, bad;
} BList;

static Gotos block_branches(Branches *br, BBlock *parent, Targets ctxt, AstNode *lstmt, Pos start, AstList body);

static void inner_block(BList *st, Targets ctxt, AstNode *lstmt, Pos start, AstList body) {
    Gotos g = block_branches(st->br, st->b, ctxt, lstmt, start, body);
    for (int i = 0; i < g.n; i++) vec_push(&st->fwd, g.a[i]);
    vec_free(&g);
}

static void record_var_decl(BList *st, Pos pos, AstNode *name, AstList lhs) {
    st->var_pos = pos;
    st->var_name = name;
    st->var_lhs = lhs;
    st->bad.n = 0;
    for (int i = 0; i < st->fwd.n; i++) vec_push(&st->bad, st->fwd.a[i]);
}

static bool jumps_over_var_decl(BList *st, AstNode *g) {
    if (!st->var_pos.file) return false;
    for (int i = 0; i < st->bad.n; i++)
        if (st->bad.a[i] == g) return true;
    return false;
}

static char *var_name_string(BList *st) {
    if (st->var_name) return check_sprintf(st->br->chk, "%E", st->var_name);
    StrBuf b = {0};
    for (int i = 0; i < st->var_lhs.n; i++) {
        if (i) sb_puts(&b, ", ");
        sb_puts(&b, check_sprintf(st->br->chk, "%E", st->var_lhs.a[i]));
    }
    char *s = check_sprintf(st->br->chk, "%s", b.s ? b.s : "");
    sb_free(&b);
    return s;
}

static void labeled_stmt(BList *st, AstNode *s) {
    Checker *chk = st->br->chk;
    Sym *name = label_name(s->u.labeled.label);
    BLabel *l = declare(st->br, st->b, s);
    int k = 0;
    for (int i = 0; i < st->fwd.n; i++) {
        AstNode *g = st->fwd.a[i];
        if (label_name(g->u.branch.label) != name) {
            st->fwd.a[k++] = g;
            continue;
        }
        l->used = true;
        if (jumps_over_var_decl(st, g)) {
            char *p = check_pos_string(st->var_pos);
            check_errorf(chk, g->u.branch.label->pos, "goto %s jumps over declaration of %s at %s", name->s,
                         var_name_string(st), p);
            free(p);
        }
    }
    st->fwd.n = k;
}

static bool is_type_switch(AstNode *s) {
    return s && s->kind == N_TypeSwitchStmt;
}

static bool is_switch(AstNode *s) {
    return s && (s->kind == N_SwitchStmt || s->kind == N_TypeSwitchStmt);
}

static int switch_nclauses(AstNode *s) {
    return s->u.switchstmt.body->u.block.list.n;
}

static void unlabeled_branch(BList *st, AstNode *s, bool last_stmt) {
    Checker *chk = st->br->chk;
    switch (s->u.branch.tok) {
    case TK_BREAK:
        if (!st->ctxt.breaks) check_errorf(chk, s->pos, "break is not in a loop, switch, or select");
        break;
    case TK_CONTINUE:
        if (!st->ctxt.continues) check_errorf(chk, s->pos, "continue is not in a loop");
        break;
    case TK_FALLTHROUGH: {
        const char *msg = "fallthrough statement out of place";
        AstNode *t = st->ctxt.breaks;
        if (is_switch(t)) {
            if (is_type_switch(t)) msg = "cannot fallthrough in type switch";
            else if (st->ctxt.case_index < 0 || !last_stmt) {
            } else if (st->ctxt.case_index + 1 == switch_nclauses(t)) {
                msg = "cannot fallthrough final case in switch";
            } else {
                return; /* fallthrough ok */
            }
        }
        check_errorf(chk, s->pos, "%s", msg);
        break;
    }
    default: break;
    }
}

static void labeled_branch(BList *st, AstNode *s) {
    Checker *chk = st->br->chk;
    AstNode *id = s->u.branch.label;
    Sym *name = label_name(id);
    AstNode *t;
    switch (s->u.branch.tok) {
    case TK_BREAK:
        t = enclosing_target(st->br, st->b, name);
        if (!t) check_errorf(chk, id->pos, "break label not defined: %s", name->s);
        else if (t == &invalid_target || !(is_switch(t->u.labeled.stmt) || t->u.labeled.stmt->kind == N_SelectStmt ||
                                           t->u.labeled.stmt->kind == N_ForStmt ||
                                           t->u.labeled.stmt->kind == N_RangeStmt))
            check_errorf(chk, id->pos, "invalid break label %s", name->s);
        break;
    case TK_CONTINUE:
        t = enclosing_target(st->br, st->b, name);
        if (!t) check_errorf(chk, id->pos, "continue label not defined: %s", name->s);
        else if (t == &invalid_target ||
                 !(t->u.labeled.stmt->kind == N_ForStmt || t->u.labeled.stmt->kind == N_RangeStmt))
            check_errorf(chk, id->pos, "invalid continue label %s", name->s);
        break;
    case TK_GOTO:
        if (!goto_target(st->br, st->b, name)) vec_push(&st->fwd, s);
        break;
    default: break;
    }
}

static AstNode *first_var_name(AstNode *d) {
    for (int i = 0; i < d->u.gendecl.specs.n; i++) {
        AstNode *sp = d->u.gendecl.specs.a[i];
        if (sp->kind == N_ValueSpec && sp->u.value.names.n > 0) return sp->u.value.names.a[0];
    }
    return NULL;
}

static void switch_clauses(BList *st, AstNode *s, AstNode *lstmt) {
    Targets inner = {s, st->ctxt.continues, -1};
    AstList list = s->u.switchstmt.body->u.block.list;
    for (int i = 0; i < list.n; i++) {
        AstNode *cc = list.a[i];
        if (cc->kind != N_CaseClause) continue;
        inner.case_index = i;
        inner_block(st, inner, lstmt, cc->pos, cc->u.caseclause.body);
    }
}

static void select_clauses(BList *st, AstNode *s, AstNode *lstmt) {
    Targets inner = {s, st->ctxt.continues, -1};
    AstList list = s->u.selectstmt.body->u.block.list;
    for (int i = 0; i < list.n; i++) {
        AstNode *cc = list.a[i];
        if (cc->kind != N_CommClause) continue;
        inner_block(st, inner, lstmt, cc->pos, cc->u.commclause.body);
    }
}

static void stmt_branches(BList *st, AstNode *s, bool last_stmt) {
    AstNode *lstmt = NULL;
    while (s && s->kind == N_LabeledStmt) {
        if (strcmp(label_name(s->u.labeled.label)->s, "_") != 0) {
            labeled_stmt(st, s);
            lstmt = s;
        }
        s = s->u.labeled.stmt;
    }
    if (!s) return;
    Targets inner = {st->ctxt.breaks, st->ctxt.continues, -1};
    switch (s->kind) {
    case N_DeclStmt: {
        AstNode *d = s->u.declstmt.decl;
        AstNode *name = d && d->kind == N_GenDecl && d->u.gendecl.tok == TK_VAR ? first_var_name(d) : NULL;
        if (name) record_var_decl(st, name->pos, name, (AstList){0});
        break;
    }
    case N_BranchStmt:
        if (s->u.branch.label) labeled_branch(st, s);
        else unlabeled_branch(st, s, last_stmt);
        break;
    case N_AssignStmt:
        if (s->u.assign.tok == TK_DEFINE) record_var_decl(st, s->pos, NULL, s->u.assign.lhs);
        break;
    case N_BlockStmt: inner_block(st, inner, lstmt, s->u.block.lbrace, s->u.block.list); break;
    case N_IfStmt: {
        AstNode *then = s->u.ifstmt.body, *els = s->u.ifstmt.els;
        inner_block(st, inner, lstmt, then->u.block.lbrace, then->u.block.list);
        if (els) {
            AstList one = {&s->u.ifstmt.els, 1};
            inner_block(st, inner, lstmt, els->kind == N_BlockStmt ? els->u.block.lbrace : els->pos, one);
        }
        break;
    }
    case N_ForStmt:
    case N_RangeStmt: {
        AstNode *body = s->kind == N_ForStmt ? s->u.forstmt.body : s->u.rangestmt.body;
        Targets loop = {s, s, -1};
        inner_block(st, loop, lstmt, body->u.block.lbrace, body->u.block.list);
        break;
    }
    case N_SwitchStmt:
    case N_TypeSwitchStmt: switch_clauses(st, s, lstmt); break;
    case N_SelectStmt: select_clauses(st, s, lstmt); break;
    default: break;
    }
}

static Gotos block_branches(Branches *br, BBlock *parent, Targets ctxt, AstNode *lstmt, Pos start, AstList body) {
    BBlock *b = NEW(br->chk->scratch, BBlock);
    *b = (BBlock){parent, start, lstmt};
    BList st = {br, b, ctxt, {0}, NULL, {0}, {0}, {0}};
    int n = body.n;
    while (n > 0 && body.a[n - 1]->kind == N_EmptyStmt) n--;
    for (int i = 0; i < n; i++) stmt_branches(&st, body.a[i], i + 1 == n);
    vec_free(&st.bad);
    return st.fwd;
}

/* check_branches reports gc's branch and label errors for a function body. */
void check_branches(Checker *chk, AstNode *body) {
    Branches br = {chk, {0}, NULL, NULL};
    Targets none = {NULL, NULL, -1};
    Gotos fwd = block_branches(&br, NULL, none, NULL, body->u.block.lbrace, body->u.block.list);
    for (int i = 0; i < fwd.n; i++) {
        AstNode *id = fwd.a[i]->u.branch.label;
        BLabel *l = map_getp(&br.labels, label_name(id));
        if (l) {
            l->used = true;
            char *p = check_pos_string(l->parent->start);
            check_errorf(chk, id->pos, "goto %s jumps into block starting at %s", label_name(id)->s, p);
            free(p);
        } else {
            check_errorf(chk, id->pos, "label %s not defined", label_name(id)->s);
        }
    }
    vec_free(&fwd);
    for (BLabel *l = br.first; l; l = l->next)
        if (!l->used)
            check_errorf(chk, l->lstmt->u.labeled.label->pos, "label %s defined and not used",
                         label_name(l->lstmt->u.labeled.label)->s);
    map_clear(&br.labels);
}
