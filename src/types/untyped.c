/* untyped.c: untyped operands getting their types (go/types' const.go
 * representability, expr.go's implicitTypeAndValue, convertUntyped and
 * updateExprType).
 *
 * An untyped expression is recorded only once its final type is known.
 * Until then it sits in chk->untyped (AstNode* -> ExprInfo*), which holds
 * only the expressions still waiting (so it stays small and cached). When
 * an operand is converted,
 * check_update_expr_type walks down the expression: through parentheses,
 * the operand of a non-constant unary expression, both operands of a
 * non-constant arithmetic expression, the left operand of a shift. */
#include "types/check.h"

/* go/types' representation: the value of constant x as a value of basic
 * type t, or a nonzero code. */
static int representation(Checker *chk, Operand *x, Type *t, ConstVal *out) {
    ConstVal v = x->val;
    if (!check_representable_const(chk, x->val, t, &v)) {
        if (ty_is_basic(x->type, BI_NUMERIC) && ty_is_basic(t, BI_NUMERIC)) {
            if (!ty_is_basic(x->type, BI_INTEGER) && ty_is_basic(t, BI_INTEGER)) return CONV_TRUNCATED;
            return CONV_OVERFLOW;
        }
        return CONV_INVALID_CONST;
    }
    *out = v;
    return CONV_OK;
}

void check_invalid_conversion(Checker *chk, int code, Operand *x, Type *target) {
    const char *msg = "cannot convert %O to type %T";
    if (code == CONV_TRUNCATED) msg = "%O truncated to %T";
    else if (code == CONV_OVERFLOW) msg = "%O overflows %T";
    check_errorf(chk, ast_start(x->expr), msg, x, target);
}

bool check_representable(Checker *chk, Operand *x, Type *basic) {
    ConstVal v;
    int code = representation(chk, x, basic, &v);
    if (code) {
        check_invalid_conversion(chk, code, x, basic);
        check_invalidate(x);
        return false;
    }
    x->val = v;
    return true;
}

typedef struct ImplCtx {
    Checker *chk;
    Operand *x;
} ImplCtx;

static bool implicit_term(Type *t, Type *u, void *ctx) {
    ImplCtx *c = ctx;
    (void)t;
    if (!u) return false;
    ConstVal v;
    int code;
    return check_implicit_type(c->chk, c->x, u, &v, &code) != NULL;
}

/* go/types' implicitTypeAndValue: the type x gets where target is
 * expected, NULL with *code set when there is none. *val is the constant
 * value in that type (Unknown kind when unchanged). */
Type *check_implicit_type(Checker *chk, Operand *x, Type *target, ConstVal *val, int *code) {
    *val = cv_unknown();
    *code = CONV_OK;
    if (x->mode == OM_INVALID || ty_is_typed(x->type) || !check_typ_valid(target)) return x->type;
    if (ty_is_untyped(target)) {
        Type *m = ty_max_type(x->type, target);
        if (m) return m;
        *code = CONV_INVALID_UNTYPED;
        return NULL;
    }
    Type *u = ty_under(target);
    if (!u) { *code = CONV_INVALID_UNTYPED; return NULL; }
    switch (u->kind) {
    case T_BASIC:
        if (x->mode == OM_CONSTANT) {
            ConstVal v;
            int c = representation(chk, x, u, &v);
            if (c) { *code = c; return NULL; }
            *val = v;
            return target;
        }
        switch (ty_unalias(x->type)->u.basic.kind) {
        case B_UNTYPED_BOOL:
            if (!ty_is_basic(target, BI_BOOLEAN)) goto invalid;
            break;
        case B_UNTYPED_INT: case B_UNTYPED_RUNE: case B_UNTYPED_FLOAT: case B_UNTYPED_COMPLEX:
            if (!ty_is_basic(target, BI_NUMERIC)) goto invalid;
            break;
        case B_UNTYPED_STRING:
            if (!ty_is_basic(target, BI_STRING)) goto invalid;
            break;
        case B_UNTYPED_NIL:
            /* go/types keeps nil untyped (unsafe.Pointer has nil) */
            if (!ty_has_nil(target)) goto invalid;
            return ty_basic[B_UNTYPED_NIL];
        default: goto invalid;
        }
        return target;
    case T_INTERFACE:
        if (ty_is_typeparam(target)) {
            ImplCtx c = {chk, x};
            if (!ty_all(target, implicit_term, &c)) goto invalid;
            return check_is_nil(x) ? ty_basic[B_UNTYPED_NIL] : target;
        }
        if (check_is_nil(x)) return ty_basic[B_UNTYPED_NIL];
        {
            TypeSet *ts = ts_of(u);
            if (!ts_is_all(ts)) goto invalid;
        }
        return ty_default(x->type);
    case T_POINTER: case T_SIGNATURE: case T_SLICE: case T_MAP: case T_CHAN:
        if (!check_is_nil(x)) goto invalid;
        return ty_basic[B_UNTYPED_NIL];
    default: goto invalid;
    }
invalid:
    *code = CONV_INVALID_UNTYPED;
    return NULL;
}

void check_convert_untyped(Checker *chk, Operand *x, Type *target) {
    ConstVal val;
    int code;
    Type *nt = check_implicit_type(chk, x, target, &val, &code);
    if (code) {
        Type *t = target;
        if (!ty_is_typeparam(target)) {
            t = ty_underlying(target);
            if (!t) t = ty_basic[B_INVALID];
        }
        check_invalid_conversion(chk, code, x, t);
        check_invalidate(x);
        return;
    }
    if (!cv_is_unknown(val)) {
        x->val = val;
        check_update_expr_val(chk, x->expr, val);
    }
    if (nt != x->type) {
        x->type = nt;
        check_update_expr_type(chk, x->expr, nt, false);
    }
}

void check_update_expr_val(Checker *chk, AstNode *e, ConstVal val) {
    ExprInfo *info = e ? map_getp(&chk->untyped, e) : NULL;
    if (info) info->val = val;
}

static bool is_comparison(Tok op) {
    return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

/* The operands of e to update along with e. */
static void update_operands(Checker *chk, AstNode *e, ExprInfo *old, Type *t, bool final) {
    bool constant = old->mode == OM_CONSTANT;
    switch (e->kind) {
    case N_ParenExpr: check_update_expr_type(chk, e->u.paren.x, t, final); break;
    case N_UnaryExpr:
        if (!constant) check_update_expr_type(chk, e->u.unary.x, t, final);
        break;
    case N_BinaryExpr:
        if (constant || is_comparison(e->u.binary.op)) break;
        check_update_expr_type(chk, e->u.binary.x, t, final);
        if (e->u.binary.op != TK_SHL && e->u.binary.op != TK_SHR)
            check_update_expr_type(chk, e->u.binary.y, t, final);
        break;
    default: break;
    }
}

void check_update_expr_type(Checker *chk, AstNode *e, Type *t, bool final) {
    if (!e) return;
    ExprInfo *old = map_getp(&chk->untyped, e);
    if (!old) return;
    switch (e->kind) {
    case N_Ident: case N_BasicLit: case N_SelectorExpr: case N_CallExpr:
    case N_ParenExpr: case N_UnaryExpr: case N_BinaryExpr:
        break;
    default: return; /* never untyped */
    }
    update_operands(chk, e, old, t, final);
    if (!final && ty_is_untyped(t)) {
        old->type = ty_underlying(t);
        return;
    }
    map_delp(&chk->untyped, e);
    if (old->is_lhs && !ty_all_integer(t)) {
        check_errorf(chk, ast_start(e), "invalid operation: shifted operand %E (type %T) must be integer", e, t);
        return;
    }
    if (old->mode == OM_CONSTANT) {
        Operand c = {.mode = old->mode, .expr = e, .type = old->type, .val = old->val};
        check_convert_untyped(chk, &c, t);
        if (c.mode == OM_INVALID) return;
    }
    /* go/types has no nil mode: nil given a type is a value */
    OperandMode mode = old->mode == OM_NILVALUE && ty_is_typed(t) ? OM_VALUE : old->mode;
    record_type_and_value(chk, e, mode, t, old->val);
}
