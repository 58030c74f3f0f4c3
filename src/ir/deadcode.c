/* deadcode.c: the statements gc never turns into IR.
 *
 * gc's unified-IR writer drops code it can see is dead before anything
 * else happens, so none of it is instantiated, analysed or reported:
 * the branch of an if whose condition is a constant (or an && / || with a
 * constant operand that decides it), the body and post statement of a for
 * loop whose condition is constantly false, and the statements of a list
 * after one that terminates (return, goto, a call of panic, an if whose
 * reachable branches terminate, a block ending so), unless a labeled
 * statement follows later. These are the writer's rules (staticBool,
 * terminates, stmts), on our syntax tree. */
#include "ir/ir.h"

static int const_bool(TypesInfo *info, AstNode *e) {
    TypeAndValue *tv = e ? map_getp(&info->types, e) : NULL;
    if (!tv || tv->mode != OM_CONSTANT || tv->val.kind != CV_BOOL) return 0;
    return tv->val.i ? 1 : -1;
}

static bool is_constant(TypesInfo *info, AstNode *e) {
    TypeAndValue *tv = e ? map_getp(&info->types, e) : NULL;
    return tv && tv->mode == OM_CONSTANT;
}

int ir_static_bool(TypesInfo *info, AstNode **ep) {
    AstNode *e = *ep;
    if (!e) return 0;
    int c = const_bool(info, e);
    if (c) return c;
    if (e->kind == N_UnaryExpr && e->u.unary.op == TK_NOT) return ir_static_bool(info, &e->u.unary.x);
    if (e->kind != N_BinaryExpr) return 0;
    Tok op = e->u.binary.op;
    if (op != TK_LAND && op != TK_LOR) return 0;
    AstNode *x = e->u.binary.x;
    int xs = ir_static_bool(info, &e->u.binary.x);
    if ((op == TK_LAND && xs < 0) || (op == TK_LOR && xs > 0)) {
        *ep = e->u.binary.x; /* the other operand is never evaluated */
        return xs;
    }
    int ys = ir_static_bool(info, &e->u.binary.y);
    bool decided = op == TK_LAND ? (xs > 0 || ys < 0) : (xs < 0 || ys > 0);
    if (decided) {
        if (is_constant(info, x)) *ep = e->u.binary.y;
        return ys;
    }
    return 0;
}

static AstNode *last_non_empty(AstList l) {
    for (int i = l.n - 1; i >= 0; i--)
        if (l.a[i] && l.a[i]->kind != N_EmptyStmt) return l.a[i];
    return NULL;
}

static bool is_panic_call(TypesInfo *info, AstNode *x) {
    while (x && x->kind == N_ParenExpr) x = x->u.paren.x;
    if (!x || x->kind != N_CallExpr) return false;
    AstNode *fun = x->u.call.fun;
    while (fun && fun->kind == N_ParenExpr) fun = fun->u.paren.x;
    if (!fun || fun->kind != N_Ident) return false;
    Object *o = map_getp(&info->uses, fun);
    return o && o->kind == OBJ_BUILTIN && o->u.builtin == BLT_PANIC;
}

bool ir_terminates(TypesInfo *info, AstNode *s) {
    if (!s) return false;
    switch (s->kind) {
    case N_BranchStmt: return s->u.branch.tok == TK_GOTO;
    case N_ReturnStmt: return true;
    case N_ExprStmt: return is_panic_call(info, s->u.exprstmt.x);
    case N_IfStmt: {
        AstNode *cond = s->u.ifstmt.cond;
        int c = ir_static_bool(info, &cond);
        return (c < 0 || ir_terminates(info, s->u.ifstmt.body)) && (c > 0 || ir_terminates(info, s->u.ifstmt.els));
    }
    case N_BlockStmt: return ir_terminates(info, last_non_empty(s->u.block.list));
    default: return false;
    }
}

int ir_live_stmts(TypesInfo *info, AstList l, AstNode **out) {
    int last_label = -1, n = 0;
    for (int i = 0; i < l.n; i++)
        if (l.a[i] && l.a[i]->kind == N_LabeledStmt) last_label = i;
    bool dead = false;
    for (int i = 0; i < l.n; i++) {
        AstNode *s = l.a[i];
        if (!s) continue;
        if (dead && i > last_label && s->kind != N_LabeledStmt) continue;
        out[n++] = s;
        dead = ir_terminates(info, s);
    }
    return n;
}
