/* expr.c: type-checking expressions (go/types' expr.go).
 *
 * check_raw_expr dispatches on the AST kind and records the result:
 * typed results at once, untyped ones in chk->untyped until their final
 * type is known (check_update_expr_type walks down an untyped expression
 * tree when that happens; record_untyped flushes what is left at the end).
 * Calls and selectors go to call.c, index and slice expressions to index.c,
 * literals to literals.c, type expressions to typexpr.c. This file keeps
 * the operators: unary, binary with exact constant folding, shifts with
 * the delayed typing of an untyped left operand, comparisons. Untyped
 * conversion and representability are in untyped.c. */
#include "types/check.h"

#define INVALID_OP "invalid operation: "

static ConstOp tok_const_op(Tok op) {
    switch (op) {
    case TK_ADD: return CV_ADD;
    case TK_SUB: return CV_SUB;
    case TK_MUL: return CV_MUL;
    case TK_QUO: return CV_QUO;
    case TK_REM: return CV_REM;
    case TK_AND: return CV_AND;
    case TK_OR: return CV_OR;
    case TK_XOR: return CV_XOR;
    case TK_AND_NOT: return CV_AND_NOT;
    case TK_LAND: return CV_LAND;
    case TK_LOR: return CV_LOR;
    case TK_NOT: return CV_NOT;
    case TK_SHL: return CV_SHL;
    case TK_SHR: return CV_SHR;
    case TK_EQL: return CV_EQL;
    case TK_NEQ: return CV_NEQ;
    case TK_LSS: return CV_LSS;
    case TK_LEQ: return CV_LEQ;
    case TK_GTR: return CV_GTR;
    case TK_GEQ: return CV_GEQ;
    default: die("tok_const_op: %s", tok_string(op));
    }
}

static bool is_comparison(Tok op) {
    return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

static bool is_shift(Tok op) { return op == TK_SHL || op == TK_SHR; }

/* go/types' opPos: the operator of an operation, else the start. */
Pos check_op_pos(AstNode *e) {
    if (!e) return (Pos){0, 0, 0};
    if (e->kind == N_BinaryExpr || e->kind == N_UnaryExpr) return e->pos;
    return ast_start(e);
}

/* The name of an operation that may overflow ("addition"), or "". */
static const char *op_name(AstNode *e) {
    if (!e) return "";
    if (e->kind == N_UnaryExpr) return e->u.unary.op == TK_XOR ? "bitwise complement" : "";
    if (e->kind != N_BinaryExpr) return "";
    switch (e->u.binary.op) {
    case TK_ADD: return "addition";
    case TK_SUB: return "subtraction";
    case TK_XOR: return "bitwise XOR";
    case TK_MUL: return "multiplication";
    case TK_SHL: return "shift";
    default: return "";
    }
}

/* ---- overflow ------------------------------------------------------------ */

void check_overflow(Checker *chk, Operand *x, Pos oppos) {
    if (cv_is_unknown(x->val)) {
        check_errorf(chk, oppos, "constant result is not representable");
        return;
    }
    if (ty_is_typed(x->type)) {
        check_representable(chk, x, ty_underlying(x->type));
        return;
    }
    if (x->val.kind == CV_INT && cv_bitlen(x->val) > 512) {
        const char *op = op_name(x->expr);
        check_errorf(chk, oppos, "constant %s%soverflow", op, *op ? " " : "");
        x->val = cv_unknown();
        return;
    }
    if (x->val.kind == CV_STRING) {
        int64_t len = cv_string_len(x->val);
        if (len > 2000000000) {
            check_errorf(chk, oppos, "constant string too long (%lld bytes > %lld bytes)", (long long)len,
                         2000000000LL);
            x->val = cv_unknown();
        }
    }
}

/* ---- unary expressions ----------------------------------------------------- */

static bool unary_op_ok(Checker *chk, Operand *x, Tok op) {
    bool ok;
    switch (op) {
    case TK_ADD: case TK_SUB: ok = ty_all_numeric(x->type); break;
    case TK_XOR: ok = ty_all_integer(x->type); break;
    case TK_NOT: ok = ty_all_boolean(x->type); break;
    default:
        check_errorf(chk, ast_start(x->expr), "unknown operator %s", tok_string(op));
        return false;
    }
    if (!ok) check_errorf(chk, ast_start(x->expr), INVALID_OP "operator %s not defined on %O", tok_string(op), x);
    return ok;
}

typedef struct ChanCtx {
    bool recv;
    Checker *chk;
    char *cause;
} ChanCtx;

enum { CH_NO_SPECIFIC = 1, CH_NON_CHAN, CH_SEND_ONLY, CH_RECV_ONLY };

static int chan_cond(Type *t, Type *u, void *ctx) {
    ChanCtx *c = ctx;
    if (!u) return CH_NO_SPECIFIC;
    if (u->kind != T_CHAN) { c->cause = check_sprintf(c->chk, "non-channel %T", t); return CH_NON_CHAN; }
    if (c->recv && u->u.chan.dir == CHAN_SEND) {
        c->cause = check_sprintf(c->chk, "send-only channel %T", t);
        return CH_SEND_ONLY;
    }
    if (!c->recv && u->u.chan.dir == CHAN_RECV) {
        c->cause = check_sprintf(c->chk, "receive-only channel %T", t);
        return CH_RECV_ONLY;
    }
    return 0;
}

/* go/types' chanElem: the element type of x for a receive (recv) or a
 * send, or NULL after reporting an error at pos. */
Type *check_chan_elem(Checker *chk, Pos pos, Operand *x, bool recv) {
    ChanCtx c = {recv, chk, NULL};
    int err = 0;
    Type *t1 = NULL, *t2 = NULL;
    Type *u = ty_common_under(x->type, chan_cond, &c, &err, &t1, &t2);
    if (u) return u->u.chan.elem;
    const char *cause = c.cause;
    if (err == CU_COND_BASE + CH_NO_SPECIFIC || err == CU_NO_SPECIFIC) cause = "no specific channel type";
    else if (err == CU_CHAN_ELEM)
        cause = check_sprintf(chk, "channels %T and %T have different element types", t1, t2);
    else if (err == CU_CHAN_DIR)
        cause = check_sprintf(chk, "channels %T and %T have conflicting directions", t1, t2);
    else if (err == CU_DIFFERENT)
        cause = check_sprintf(chk, "%T and %T have different underlying types", t1, t2);
    if (!cause) cause = "";
    bool tp = ty_is_typeparam(x->type);
    const char *verb = recv ? "receive from" : "send to";
    if (tp) check_errorf(chk, pos, INVALID_OP "cannot %s %O: %s", verb, x, cause);
    else check_errorf(chk, pos, INVALID_OP "cannot %s %s %O", verb, cause, x);
    return NULL;
}

void check_unary(Checker *chk, Operand *x, AstNode *e) {
    check_expr(chk, NULL, x, e->u.unary.x);
    if (x->mode == OM_INVALID) return;
    Tok op = e->u.unary.op;
    switch (op) {
    case TK_AND: {
        AstNode *inner = check_unparen(e->u.unary.x);
        if ((!inner || inner->kind != N_CompositeLit) && x->mode != OM_VARIABLE) {
            Pos pos = ast_start(x->expr);
            if (inner) x->expr = inner; /* gc's parser drops the parentheses around &'s operand */
            check_errorf(chk, pos, INVALID_OP "cannot take address of %O", x);
            check_invalidate(x);
            return;
        }
        x->mode = OM_VALUE;
        x->type = ty_pointer(x->type);
        return;
    }
    case TK_ARROW: {
        Type *elem = check_chan_elem(chk, ast_start(x->expr), x, true);
        if (elem && check_is_complete(chk, elem)) {
            x->mode = OM_COMMAOK;
            x->type = elem;
            chk->env.has_call_or_recv = true;
            return;
        }
        check_invalidate(x);
        return;
    }
    case TK_TILDE:
        if (!ty_all_integer(x->type)) {
            check_errorf(chk, ast_start(e), "cannot use ~ outside of interface or type constraint");
            check_invalidate(x);
            return;
        }
        check_errorf(chk, ast_start(e),
                     "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)");
        op = TK_XOR;
        break;
    default: break;
    }
    if (!unary_op_ok(chk, x, op)) { check_invalidate(x); return; }
    if (x->mode == OM_CONSTANT) {
        if (cv_is_unknown(x->val)) return;
        unsigned prec = 0;
        if (ty_is_basic(x->type, BI_UNSIGNED)) prec = (unsigned)(ty_sizeof(x->type) * 8);
        x->val = cv_unary(chk->arena, tok_const_op(op), x->val, prec);
        x->expr = e;
        check_overflow(chk, x, check_op_pos(x->expr));
        return;
    }
    x->mode = OM_VALUE;
}

/* ---- comparisons ----------------------------------------------------------- */

static const char *incomparable_cause(Checker *chk, Type *t) {
    Type *u = ty_underlying(t);
    if (u && (u->kind == T_SLICE || u->kind == T_SIGNATURE || u->kind == T_MAP))
        return check_sprintf(chk, "%s can only be compared to nil", check_composite_kind(t));
    Type *why = NULL;
    switch (ty_comparable_why(t, true, &why)) {
    case CMP_STRUCT_FIELD: return check_sprintf(chk, "struct containing %T cannot be compared", why);
    case CMP_ARRAY: return check_sprintf(chk, "%T cannot be compared", why);
    case CMP_EMPTY_TYPESET: return "empty type set";
    case CMP_INCOMPARABLE_TS: return "incomparable types in type set";
    default: return "";
    }
}

void check_comparison(Checker *chk, Operand *x, Operand *y, Tok op, bool switch_case) {
    if (!check_typ_valid(x->type) || !check_typ_valid(y->type)) { check_invalidate(x); return; }
    if (switch_case) op = TK_EQL;
    Operand *errop = x;
    const char *cause = "";
    bool ok = check_assignable_to(chk, x, y->type, NULL) || check_assignable_to(chk, y, x->type, NULL);
    if (!ok) {
        errop = y;
        cause = check_sprintf(chk, "mismatched types %T and %T", x->type, y->type);
        goto error;
    }
    if (op == TK_EQL || op == TK_NEQ) {
        if (check_is_nil(x) || check_is_nil(y)) {
            Type *t = check_is_nil(x) ? y->type : x->type;
            if (!ty_has_nil(t)) { errop = y; goto error; }
        } else if (!ty_is_comparable(x->type)) {
            errop = x;
            cause = incomparable_cause(chk, x->type);
            goto error;
        } else if (!ty_is_comparable(y->type)) {
            errop = y;
            cause = incomparable_cause(chk, y->type);
            goto error;
        }
    } else {
        if (!ty_all_ordered(x->type)) { errop = x; goto error; }
        if (!ty_all_ordered(y->type)) { errop = y; goto error; }
    }
    if (x->mode == OM_CONSTANT && y->mode == OM_CONSTANT) {
        x->val = cv_bool(cv_compare(x->val, tok_const_op(op), y->val));
    } else {
        x->mode = OM_VALUE;
        check_update_expr_type(chk, x->expr, ty_default(x->type), true);
        check_update_expr_type(chk, y->expr, ty_default(y->type), true);
    }
    x->type = ty_basic[B_UNTYPED_BOOL];
    return;

error:
    if (!*cause) {
        if (ty_is_typeparam(x->type) || ty_is_typeparam(y->type)) {
            if (!ty_is_typeparam(x->type)) errop = y;
            cause = check_sprintf(chk, "type parameter %T cannot use operator %s", errop->type, tok_string(op));
        } else {
            const char *what = check_composite_kind(errop->type);
            if (!*what) what = check_sprintf(chk, "%T", errop->type);
            cause = check_sprintf(chk, "operator %s not defined on %s", tok_string(op), what);
        }
    }
    if (switch_case)
        check_errorf(chk, ast_start(x->expr), "invalid case %E in switch on %E (%s)", x->expr, y->expr, cause);
    else
        check_errorf(chk, ast_start(errop->expr), INVALID_OP "%E %s %E (%s)", x->expr, tok_string(op), y->expr,
                     cause);
    check_invalidate(x);
}

/* ---- shifts ---------------------------------------------------------------- */

static bool shift_count_ok(Checker *chk, Operand *x, Operand *y, ConstVal *yval) {
    if (y->mode == OM_CONSTANT) {
        *yval = cv_to_int(chk->arena, y->val);
        if (yval->kind == CV_INT && cv_sign(*yval) < 0) {
            check_errorf(chk, ast_start(y->expr), INVALID_OP "negative shift count %O", y);
            return false;
        }
        if (ty_is_untyped(y->type)) {
            check_representable(chk, y, ty_basic[B_UINT]);
            if (y->mode == OM_INVALID) return false;
        }
        return true;
    }
    if (ty_all_integer(y->type)) {
        if (!ty_all_unsigned(y->type) &&
            !check_verify_version(chk, ast_start(y->expr), 13, check_sprintf(chk, INVALID_OP "signed shift count %O", y)))
            return false;
        return true;
    }
    if (ty_is_untyped(y->type)) {
        check_convert_untyped(chk, y, ty_basic[B_UINT]);
        return y->mode != OM_INVALID;
    }
    check_errorf(chk, ast_start(y->expr), INVALID_OP "shift count %O must be integer", y);
    (void)x;
    return false;
}

void check_shift(Checker *chk, Operand *x, Operand *y, AstNode *e, Tok op) {
    ConstVal xval = cv_unknown(), yval = cv_unknown();
    if (x->mode == OM_CONSTANT) xval = cv_to_int(chk->arena, x->val);
    if (!(ty_all_integer(x->type) || (ty_is_untyped(x->type) && xval.kind == CV_INT))) {
        check_errorf(chk, ast_start(x->expr), INVALID_OP "shifted operand %O must be integer", x);
        check_invalidate(x);
        return;
    }
    if (!shift_count_ok(chk, x, y, &yval)) { check_invalidate(x); return; }
    if (x->mode == OM_CONSTANT) {
        if (y->mode == OM_CONSTANT) {
            if (cv_is_unknown(x->val) || cv_is_unknown(y->val)) {
                x->val = cv_unknown();
                if (!ty_is_basic(x->type, BI_INTEGER)) x->type = ty_basic[B_UNTYPED_INT];
                return;
            }
            bool exact = false;
            uint64_t s = yval.kind == CV_INT ? cv_uint64_val(yval, &exact) : 0;
            if (!exact || s > 1023 - 1 + 52) {
                check_errorf(chk, ast_start(y->expr), INVALID_OP "invalid shift count %O", y);
                check_invalidate(x);
                return;
            }
            if (!ty_is_basic(x->type, BI_INTEGER)) x->type = ty_basic[B_UNTYPED_INT];
            x->val = cv_shift(chk->arena, xval, tok_const_op(op), s);
            x->expr = e;
            check_overflow(chk, x, check_op_pos(x->expr));
            return;
        }
        if (ty_is_untyped(x->type)) {
            /* the type of x is what it would be without the shift: decided
               when the final type arrives (check_update_expr_type) */
            ExprInfo *info = map_getp(&chk->untyped, x->expr);
            if (info) info->is_lhs = true;
            x->mode = OM_VALUE;
            return;
        }
    }
    if (!ty_all_integer(x->type)) {
        check_errorf(chk, ast_start(x->expr), INVALID_OP "shifted operand %O must be integer", x);
        check_invalidate(x);
        return;
    }
    x->mode = OM_VALUE;
}

/* ---- binary expressions ------------------------------------------------------ */

static bool binary_pred(Tok op, Type *t) {
    switch (op) {
    case TK_ADD: return ty_all_numeric_or_string(t);
    case TK_SUB: case TK_MUL: case TK_QUO: return ty_all_numeric(t);
    case TK_REM: case TK_AND: case TK_OR: case TK_XOR: case TK_AND_NOT: return ty_all_integer(t);
    case TK_LAND: case TK_LOR: return ty_all_boolean(t);
    default: return false;
    }
}

/* go/types' mayConvert in matchTypes. */
static bool may_convert(Operand *x, Operand *y) {
    if (ty_is_typed(x->type) && ty_is_typed(y->type)) return false;
    if (ty_all_numeric(x->type) != ty_all_numeric(y->type)) return false;
    if (ty_is_nontparam_interface(x->type) || ty_is_nontparam_interface(y->type)) return true;
    if (ty_all_boolean(x->type) != ty_all_boolean(y->type)) return false;
    if (ty_all_string(x->type) != ty_all_string(y->type)) return false;
    if (check_is_nil(x)) return ty_has_nil(y->type);
    if (check_is_nil(y)) return ty_has_nil(x->type);
    Type *ux = ty_underlying(x->type), *uy = ty_underlying(y->type);
    if ((ux && ux->kind == T_POINTER) || (uy && uy->kind == T_POINTER)) return false;
    return true;
}

void check_match_types(Checker *chk, Operand *x, Operand *y) {
    if (!may_convert(x, y)) return;
    check_convert_untyped(chk, x, y->type);
    if (x->mode == OM_INVALID) return;
    check_convert_untyped(chk, y, x->type);
    if (y->mode == OM_INVALID) check_invalidate(x);
}

static bool zero_divisor(Checker *chk, Operand *x, Operand *y) {
    if ((x->mode == OM_CONSTANT || ty_all_integer(x->type)) && y->mode == OM_CONSTANT && cv_sign(y->val) == 0)
        return true;
    if (x->mode == OM_CONSTANT && y->mode == OM_CONSTANT && ty_is_basic(x->type, BI_COMPLEX)) {
        ConstVal re = cv_real(y->val), im = cv_imag(y->val);
        ConstVal re2 = cv_binary(chk->arena, re, CV_MUL, re), im2 = cv_binary(chk->arena, im, CV_MUL, im);
        if (cv_sign(re2) == 0 && cv_sign(im2) == 0) return true;
    }
    return false;
}

void check_binary(Checker *chk, Operand *x, AstNode *e, AstNode *lhs, AstNode *rhs, Tok op, Pos oppos) {
    Operand y = {0};
    (void)oppos;
    check_expr(chk, NULL, x, lhs);
    check_expr(chk, NULL, &y, rhs);
    if (x->mode == OM_INVALID) return;
    if (y.mode == OM_INVALID) { check_invalidate(x); x->expr = y.expr; return; }
    if (is_shift(op)) { check_shift(chk, x, &y, e, op); return; }
    check_match_types(chk, x, &y);
    if (x->mode == OM_INVALID) return;
    if (is_comparison(op)) { check_comparison(chk, x, &y, op, false); return; }
    if (!ty_identical(x->type, y.type)) {
        if (check_typ_valid(x->type) && check_typ_valid(y.type)) {
            if (e)
                check_errorf(chk, ast_start(x->expr), INVALID_OP "%E (mismatched types %T and %T)", e, x->type,
                             y.type);
            else
                check_errorf(chk, ast_start(x->expr), INVALID_OP "%E %s= %E (mismatched types %T and %T)", lhs,
                             tok_string(op), rhs, x->type, y.type);
        }
        check_invalidate(x);
        return;
    }
    if (!binary_pred(op, x->type)) {
        check_errorf(chk, ast_start(x->expr), INVALID_OP "operator %s not defined on %O", tok_string(op), x);
        check_invalidate(x);
        return;
    }
    if ((op == TK_QUO || op == TK_REM) && zero_divisor(chk, x, &y)) {
        check_errorf(chk, ast_start(y.expr), INVALID_OP "division by zero");
        check_invalidate(x);
        return;
    }
    if (x->mode == OM_CONSTANT && y.mode == OM_CONSTANT) {
        if (cv_is_unknown(x->val) || cv_is_unknown(y.val)) { x->val = cv_unknown(); return; }
        ConstOp cop = tok_const_op(op);
        if (op == TK_QUO && ty_is_basic(x->type, BI_INTEGER)) cop = CV_QUO_INT;
        x->val = cv_binary(chk->arena, x->val, cop, y.val);
        x->expr = e;
        check_overflow(chk, x, check_op_pos(x->expr));
        return;
    }
    x->mode = OM_VALUE;
}

/* ---- pointer indirection and type assertions --------------------------------- */

typedef struct DerefCtx {
    Checker *chk;
    Operand *x;
    Type *base;
} DerefCtx;

static bool deref_term(Type *t, Type *u, void *ctx) {
    DerefCtx *c = ctx;
    (void)t;
    if (!u || u->kind != T_POINTER) {
        check_errorf(c->chk, ast_start(c->x->expr), INVALID_OP "cannot indirect %O", c->x);
        return false;
    }
    if (c->base && !ty_identical(u->u.ptr.elem, c->base)) {
        check_errorf(c->chk, ast_start(c->x->expr), INVALID_OP "pointers of %O must have identical base types",
                     c->x);
        return false;
    }
    c->base = u->u.ptr.elem;
    return true;
}

static bool star_expr(Checker *chk, Operand *x, AstNode *e) {
    check_expr_or_type(chk, x, e->u.star.x, false);
    switch (x->mode) {
    case OM_INVALID: return false;
    case OM_TYPEXPR: x->type = ty_pointer(x->type); return true;
    default: {
        DerefCtx c = {chk, x, NULL};
        if (!ty_all(x->type, deref_term, &c)) return false;
        if (!c.base || !check_is_complete(chk, c.base)) return false;
        x->mode = OM_VARIABLE;
        x->type = c.base;
        return true;
    }
    }
}

static bool assert_expr(Checker *chk, Operand *x, AstNode *e) {
    check_expr(chk, NULL, x, e->u.assert.x);
    if (x->mode == OM_INVALID) return false;
    if (!e->u.assert.type) {
        check_errorf(chk, ast_start(e), "use of .(type) outside type switch");
        return false;
    }
    if (ty_is_typeparam(x->type)) {
        check_errorf(chk, ast_start(x->expr), INVALID_OP "cannot use type assertion on type parameter value %O", x);
        return false;
    }
    if (!ty_is_interface(x->type)) {
        check_errorf(chk, ast_start(x->expr), INVALID_OP "%O is not an interface", x);
        return false;
    }
    Type *t = check_var_type(chk, e->u.assert.type);
    if (!check_typ_valid(t) || !check_is_complete(chk, t)) return false;
    check_type_assertion(chk, e, x, t, false);
    x->mode = OM_COMMAOK;
    x->type = t;
    return true;
}

/* go/types' typeAssertion: report an impossible x.(T) at e. */
void check_type_assertion(Checker *chk, AstNode *e, Operand *x, Type *t, bool type_switch) {
    if (ty_under_is_interface(t)) return;
    Missing miss;
    if (ty_has_all_methods(t, x->type, false, NULL, NULL, &miss)) return;
    const char *cause = check_missing_cause(chk, t, x->type, &miss);
    if (type_switch)
        check_errorf(chk, ast_start(e), "impossible type switch case: %E\n\t%O cannot have dynamic type %T %s", e, x,
                     t, cause);
    else
        check_errorf(chk, ast_start(e), "impossible type assertion: %E\n\t%T does not implement %T %s", e, t,
                     x->type, cause);
}

/* ---- dispatch ------------------------------------------------------------------ */

/* go/types' nonGeneric: a generic type or function used without
 * instantiation. */
static void non_generic(Checker *chk, Type *target, Operand *x) {
    if (x->mode == OM_INVALID || x->mode == OM_NOVALUE || !x->type) return;
    const char *what = NULL;
    Type *t = x->type;
    if (t->kind == T_ALIAS || t->kind == T_NAMED) {
        if (ty_is_generic(t)) what = "type";
    } else if (t->kind == T_SIGNATURE && t->u.sig.ntparams > 0) {
        Type *sig = check_target_sig(target);
        if (sig) {
            int n = 0;
            check_func_inst_target(chk, sig, NULL, ast_start(x->expr), x, NULL, true, &n);
            return;
        }
        what = "function";
    }
    if (what) {
        check_errorf(chk, ast_start(x->expr), "cannot use generic %s %E without instantiation", what, x->expr);
        check_invalidate(x);
        x->type = ty_basic[B_INVALID];
    }
}

void check_non_generic(Checker *chk, Type *target, Operand *x) { non_generic(chk, target, x); }

/* go/types' newTarget: the signature a generic function value may be
 * inferred against, or NULL. */
Type *check_target_sig(Type *t) {
    if (!t) return NULL;
    int err;
    Type *t1, *t2;
    Type *u = ty_common_under(t, NULL, NULL, &err, &t1, &t2);
    return u && u->kind == T_SIGNATURE ? u : NULL;
}

static ExprKind expr_internal(Checker *chk, Type *target, Operand *x, AstNode *e, Type *hint) {
    x->mode = OM_INVALID;
    x->type = ty_basic[B_INVALID];
    x->expr = e;
    switch (e->kind) {
    case N_Bad: goto error;
    case N_Ident: check_ident(chk, x, e, NULL, false); break;
    case N_Ellipsis:
        check_errorf(chk, ast_start(e), "invalid use of ...");
        goto error;
    case N_BasicLit:
        check_basic_lit(chk, x, e);
        if (x->mode == OM_INVALID) goto error;
        break;
    case N_FuncLit:
        check_func_lit(chk, x, e);
        if (x->mode == OM_INVALID) goto error;
        break;
    case N_CompositeLit:
        check_composite_lit(chk, x, e, hint);
        if (x->mode == OM_INVALID) goto error;
        break;
    case N_ParenExpr: {
        ExprKind k = check_raw_expr(chk, NULL, x, e->u.paren.x, NULL, false);
        x->expr = e;
        return k;
    }
    case N_SelectorExpr: check_selector(chk, x, e, NULL, false); break;
    case N_IndexExpr:
    case N_IndexListExpr:
        if (check_index_expr(chk, x, e)) {
            int n = 0;
            check_func_inst_target(chk, check_target_sig(target), NULL, ast_start(e), x, e, true, &n);
        }
        if (x->mode == OM_INVALID) goto error;
        break;
    case N_SliceExpr:
        check_slice_expr(chk, x, e);
        if (x->mode == OM_INVALID) goto error;
        break;
    case N_TypeAssertExpr:
        if (!assert_expr(chk, x, e)) goto error;
        break;
    case N_CallExpr: return check_call_expr(chk, x, e);
    case N_StarExpr:
        if (!star_expr(chk, x, e)) goto error;
        break;
    case N_UnaryExpr:
        check_unary(chk, x, e);
        if (x->mode == OM_INVALID) goto error;
        if (e->u.unary.op == TK_ARROW) { x->expr = e; return EK_STATEMENT; }
        break;
    case N_BinaryExpr:
        check_binary(chk, x, e, e->u.binary.x, e->u.binary.y, e->u.binary.op, e->pos);
        if (x->mode == OM_INVALID) goto error;
        break;
    case N_KeyValueExpr:
        check_errorf(chk, ast_start(e), "no key:value expected");
        goto error;
    case N_ArrayType: case N_StructType: case N_FuncType: case N_InterfaceType: case N_MapType: case N_ChanType:
        x->mode = OM_TYPEXPR;
        x->type = check_typ(chk, e);
        break;
    default:
        check_errorf(chk, ast_start(e), "unexpected %s in expression", ast_kind_names[e->kind]);
        goto error;
    }
    x->expr = e;
    return EK_EXPRESSION;
error:
    check_invalidate(x);
    x->expr = e;
    return EK_STATEMENT;
}

ExprKind check_raw_expr(Checker *chk, Type *t, Operand *x, AstNode *e, Type *hint, bool allow_generic) {
    ExprKind k = expr_internal(chk, t, x, e, hint);
    if (!allow_generic) non_generic(chk, t, x);
    check_call_record(chk, x);
    return k;
}

#define EXCLUDE_VALUE ((1u << OM_NOVALUE) | (1u << OM_BUILTIN) | (1u << OM_TYPEXPR))

void check_expr(Checker *chk, Type *t, Operand *x, AstNode *e) {
    check_raw_expr(chk, t, x, e, NULL, false);
    check_exclude(chk, x, EXCLUDE_VALUE);
    check_single_value(chk, x);
}

void check_expr_with_hint(Checker *chk, Operand *x, AstNode *e, Type *hint) {
    check_raw_expr(chk, NULL, x, e, hint, false);
    check_exclude(chk, x, EXCLUDE_VALUE);
    check_single_value(chk, x);
}

void check_generic_expr_hint(Checker *chk, Operand *x, AstNode *e, Type *hint) {
    check_raw_expr(chk, NULL, x, e, hint, true);
    check_exclude(chk, x, EXCLUDE_VALUE);
    check_single_value(chk, x);
}

void check_generic_expr(Checker *chk, Operand *x, AstNode *e) {
    check_generic_expr_hint(chk, x, e, NULL);
}

void check_expr_or_type(Checker *chk, Operand *x, AstNode *e, bool allow_generic) {
    check_raw_expr(chk, NULL, x, e, NULL, allow_generic);
    check_exclude(chk, x, 1u << OM_NOVALUE);
    check_single_value(chk, x);
}

/* go/types' multiExpr; returns whether a comma-ok second value was added. */
bool check_multi_expr_ok(Checker *chk, AstNode *e, Operand **out, int *n, bool allow_commaok) {
    Operand *x = NEW(chk->scratch, Operand);
    check_raw_expr(chk, NULL, x, e, NULL, false);
    check_exclude(chk, x, EXCLUDE_VALUE);
    if (x->mode != OM_INVALID && x->type && x->type->kind == T_TUPLE) {
        int m = x->type->u.tuple.n;
        Operand *list = NEWARR(chk->scratch, Operand, m > 0 ? m : 1);
        for (int i = 0; i < m; i++) {
            list[i].mode = OM_VALUE;
            list[i].expr = check_dummy_name(chk, ast_start(e), check_nth(chk, i + 1, "function result"));
            list[i].type = x->type->u.tuple.vars[i]->type;
        }
        *out = list;
        *n = m;
        return false;
    }
    if (allow_commaok && (x->mode == OM_MAPINDEX || x->mode == OM_COMMAOK || x->mode == OM_COMMAERR)) {
        Operand *list = NEWARR(chk->scratch, Operand, 2);
        list[0] = *x;
        bool err = x->mode == OM_COMMAERR;
        list[1].mode = OM_VALUE;
        list[1].expr = check_dummy_name(chk, ast_start(e), err ? "err value of (comma, err) expression"
                                                               : "ok value of (comma, ok) expression");
        list[1].type = err ? ty_error : ty_basic[B_UNTYPED_BOOL];
        *out = list;
        *n = 2;
        return true;
    }
    *out = x;
    *n = 1;
    return false;
}

void check_multi_expr(Checker *chk, AstNode *e, Operand **out, int *n, bool allow_commaok) {
    check_multi_expr_ok(chk, e, out, n, allow_commaok);
}
