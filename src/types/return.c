/* return.c: terminating statements (go/types' return.go).
 *
 * A function with results must end in a terminating statement, per the
 * spec: return, goto, a call of the builtin panic, a block or if/else
 * whose parts terminate, a for without condition and without a break
 * out of it, and switch/select statements whose clauses all terminate
 * (with a default for switches) and that nobody breaks out of. */
#include "types/check.h"

#include <string.h>

static AstNode *unparen(AstNode *e) {
    while (e && e->kind == N_ParenExpr) e = e->u.paren.x;
    return e;
}

/* A call of the predeclared panic (go/types remembers these calls while
 * checking builtins; the use recorded for the callee tells the same). */
static bool is_panic_call(Checker *chk, AstNode *e) {
    e = unparen(e);
    if (!e || e->kind != N_CallExpr) return false;
    AstNode *f = unparen(e->u.call.fun);
    if (!f || f->kind != N_Ident) return false;
    return map_getp(&chk->panic_uses, f) != NULL;
}

static bool has_break(AstNode *s, Sym *label, bool implicit);

static bool has_break_list(AstList list, Sym *label, bool implicit) {
    for (int i = 0; i < list.n; i++)
        if (has_break(list.a[i], label, implicit)) return true;
    return false;
}

static bool has_break(AstNode *s, Sym *label, bool implicit) {
    if (!s) return false;
    switch (s->kind) {
    case N_BranchStmt:
        if (s->u.branch.tok != TK_BREAK) return false;
        if (!s->u.branch.label) return implicit;
        return s->u.branch.label->u.ident.name == label;
    case N_LabeledStmt: return has_break(s->u.labeled.stmt, label, implicit);
    case N_BlockStmt: return has_break_list(s->u.block.list, label, implicit);
    case N_IfStmt:
        return has_break(s->u.ifstmt.body, label, implicit) || has_break(s->u.ifstmt.els, label, implicit);
    case N_CaseClause: return has_break_list(s->u.caseclause.body, label, implicit);
    case N_CommClause: return has_break_list(s->u.commclause.body, label, implicit);
    case N_SwitchStmt:
    case N_TypeSwitchStmt: return label && has_break(s->u.switchstmt.body, label, false);
    case N_SelectStmt: return label && has_break(s->u.selectstmt.body, label, false);
    case N_ForStmt: return label && has_break(s->u.forstmt.body, label, false);
    case N_RangeStmt: return label && has_break(s->u.rangestmt.body, label, false);
    default: return false;
    }
}

static bool is_terminating_list(Checker *chk, AstList list, Sym *label) {
    int n = list.n;
    while (n > 0 && list.a[n - 1]->kind == N_EmptyStmt) n--;
    return n > 0 && check_is_terminating(chk, list.a[n - 1], label);
}

static bool is_terminating_switch(Checker *chk, AstNode *body, Sym *label) {
    bool has_default = false;
    AstList list = body->u.block.list;
    for (int i = 0; i < list.n; i++) {
        AstNode *cc = list.a[i];
        if (cc->kind != N_CaseClause) return false;
        if (cc->u.caseclause.list.n == 0) has_default = true;
        if (!is_terminating_list(chk, cc->u.caseclause.body, label) ||
            has_break_list(cc->u.caseclause.body, label, true))
            return false;
    }
    return has_default;
}

static bool is_terminating_select(Checker *chk, AstNode *body, Sym *label) {
    AstList list = body->u.block.list;
    for (int i = 0; i < list.n; i++) {
        AstNode *cc = list.a[i];
        if (cc->kind != N_CommClause) return false;
        if (!is_terminating_list(chk, cc->u.commclause.body, label) ||
            has_break_list(cc->u.commclause.body, label, true))
            return false;
    }
    return true;
}

bool check_is_terminating(Checker *chk, AstNode *s, Sym *label) {
    if (!s) return false;
    switch (s->kind) {
    case N_LabeledStmt: return check_is_terminating(chk, s->u.labeled.stmt, s->u.labeled.label->u.ident.name);
    case N_ExprStmt: return is_panic_call(chk, s->u.exprstmt.x);
    case N_ReturnStmt: return true;
    case N_BranchStmt: return s->u.branch.tok == TK_GOTO || s->u.branch.tok == TK_FALLTHROUGH;
    case N_BlockStmt: return is_terminating_list(chk, s->u.block.list, label);
    case N_IfStmt:
        return s->u.ifstmt.els && check_is_terminating(chk, s->u.ifstmt.body, NULL) &&
               check_is_terminating(chk, s->u.ifstmt.els, NULL);
    case N_SwitchStmt:
    case N_TypeSwitchStmt: return is_terminating_switch(chk, s->u.switchstmt.body, label);
    case N_SelectStmt: return is_terminating_select(chk, s->u.selectstmt.body, label);
    case N_ForStmt: return !s->u.forstmt.cond && !has_break(s->u.forstmt.body, label, true);
    default: return false;
    }
}
