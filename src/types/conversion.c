/* conversion.c: conversions T(x) and convertibility (go/types'
 * conversions.go).
 *
 * A constant converted to a constant type stays constant (rounded to the
 * type, or string(int) giving the rune's encoding); converted to a type
 * parameter it must be convertible to every type of the type set and
 * becomes a value. Other conversions follow the spec's list, checked per
 * term for type parameters, with a cause for the message. The final type
 * of an untyped operand is recorded as go/types does: its default type
 * for interfaces, non-constant targets and nil. */
#include "types/check.h"

static bool is_bytes_or_runes(Type *t) {
    Type *u = ty_underlying(t);
    if (!u || u->kind != T_SLICE) return false;
    Type *e = ty_unalias(u->u.ptr.elem);
    Type *eu = ty_underlying(e);
    if (!eu || eu->kind != T_BASIC) return false;
    return eu->u.basic.kind == B_UINT8 || eu->u.basic.kind == B_INT32;
}

static bool is_basic_kind(Type *t, BasicKind k) {
    Type *u = ty_underlying(t);
    return u && u->kind == T_BASIC && u->u.basic.kind == k;
}

static bool is_pointer(Type *t) {
    Type *u = ty_underlying(t);
    return u && u->kind == T_POINTER;
}

/* constConvertibleTo: x (constant) to T, with the converted value. */
static bool const_convertible(Checker *chk, Operand *x, Type *t, ConstVal *val) {
    Type *u = ty_underlying(t);
    if (!u || u->kind != T_BASIC) return false;
    if (check_representable_const(chk, x->val, u, val)) return true;
    if (ty_is_basic(x->type, BI_INTEGER) && ty_is_basic(u, BI_STRING)) {
        if (val) *val = cv_string_from_int(chk->arena, x->val);
        return true;
    }
    return false;
}

typedef struct TpConvCtx {
    Checker *chk;
    Operand *x;
    Type *t;
    char *cause;
} TpConvCtx;

static bool const_tparam_term(Type *term, Type *u, void *ctx) {
    TpConvCtx *c = ctx;
    (void)term;
    if (!u) { c->cause = check_sprintf(c->chk, "%T does not contain specific types", c->t); return false; }
    if (ty_is_basic(c->x->type, BI_STRING) && is_bytes_or_runes(u)) return true;
    ConstVal v;
    if (!const_convertible(c->chk, c->x, u, &v)) {
        if (ty_is_basic(c->x->type, BI_INTEGER) && ty_is_basic(u, BI_INTEGER))
            c->cause = check_sprintf(c->chk, "constant %s overflows %T (in %T)", cv_string_of(c->chk->arena, c->x->val),
                                     u, c->t);
        else
            c->cause = check_sprintf(c->chk, "cannot convert %O to type %T (in %T)", c->x, u, c->t);
        return false;
    }
    return true;
}

void check_conversion(Checker *chk, Operand *x, Type *t) {
    bool const_arg = x->mode == OM_CONSTANT;
    bool ok = false;
    char *cause = NULL;
    bool const_type = ty_is_basic(t, BI_CONSTTYPE);
    if (const_arg && const_type) {
        /* as go/types, x's value is rounded in place, also when the
           conversion then fails (int(1e100) reports the integer) */
        ConstVal v = x->val;
        ok = const_convertible(chk, x, t, &v);
        x->val = v;
        if (!ok && ty_is_basic(x->type, BI_INTEGER) && ty_is_basic(t, BI_INTEGER)) {
            check_errorf(chk, ast_start(x->expr), "constant %s overflows %T", cv_string_of(chk->arena, x->val), t);
            check_invalidate(x);
            return;
        }
    } else if (const_arg && ty_is_typeparam(t)) {
        TpConvCtx c = {chk, x, t, NULL};
        ok = ty_all(t, const_tparam_term, &c);
        cause = c.cause;
        x->mode = OM_VALUE;
    } else if (check_convertible_to(chk, x, t, &cause)) {
        ok = true;
        x->mode = OM_VALUE;
    }
    if (!ok) {
        if (cause && *cause)
            check_errorf(chk, ast_start(x->expr), "cannot convert %O to type %T: %s", x, t, cause);
        else
            check_errorf(chk, ast_start(x->expr), "cannot convert %O to type %T", x, t);
        check_invalidate(x);
        return;
    }
    if (ty_is_untyped(x->type)) {
        Type *final = t;
        if (ty_is_nontparam_interface(t) || (const_arg && !const_type) || check_is_nil(x))
            final = ty_default(x->type);
        else if (x->mode == OM_CONSTANT && ty_is_basic(x->type, BI_INTEGER) && ty_all_string(t))
            final = x->type;
        check_update_expr_type(chk, x->expr, final, true);
    }
    x->type = t;
}

/* Accumulates a per-term cause as go/types' errorf in convertibleTo. */
static void add_cause(Checker *chk, char **cause, char *msg) {
    if (!cause) return;
    if (*cause && **cause) msg = check_sprintf(chk, "%s\n\t%s", msg, *cause);
    *cause = msg;
}

typedef struct ConvCtx {
    Checker *chk;
    Operand x;     /* a copy whose type is the current term */
    Type *t;       /* target */
    Type *vp, *tp; /* the type parameters, if any */
    Type *orig_t;
    char **cause;
    Type *vterm;
} ConvCtx;

static bool conv_t_term(Type *term, Type *u, void *ctx) {
    ConvCtx *c = ctx;
    (void)u;
    if (!term) return false;
    if (!check_convertible_to(c->chk, &c->x, term, c->cause)) {
        if (c->vp)
            add_cause(c->chk, c->cause,
                      check_sprintf(c->chk, "cannot convert %T (in %T) to type %T (in %T)", c->vterm, c->vp, term, c->tp));
        else
            add_cause(c->chk, c->cause,
                      check_sprintf(c->chk, "cannot convert %T to type %T (in %T)", c->x.type, term, c->tp));
        return false;
    }
    return true;
}

static bool conv_v_term(Type *term, Type *u, void *ctx) {
    ConvCtx *c = ctx;
    (void)u;
    if (!term) return false;
    c->x.type = term;
    c->vterm = term;
    if (c->tp) return ty_all(c->tp, conv_t_term, c);
    if (!check_convertible_to(c->chk, &c->x, c->t, c->cause)) {
        add_cause(c->chk, c->cause,
                  check_sprintf(c->chk, "cannot convert %T (in %T) to type %T", term, c->vp, c->orig_t));
        return false;
    }
    return true;
}

static bool slice_to_array(Checker *chk, Type *vu, Type *tu, char **cause) {
    if (!vu || vu->kind != T_SLICE || !tu) return false;
    Type *elem = vu->u.ptr.elem;
    if (tu->kind == T_ARRAY) {
        if (!ty_identical(elem, tu->u.array.elem)) return false;
        if (check_allow_version(chk, 20)) return true;
        if (cause) *cause = "conversion of slice to array requires go1.20 or later";
        return false;
    }
    if (tu->kind == T_POINTER) {
        Type *a = ty_underlying(tu->u.ptr.elem);
        if (!a || a->kind != T_ARRAY || !ty_identical(elem, a->u.array.elem)) return false;
        if (check_allow_version(chk, 17)) return true;
        if (cause) *cause = "conversion of slice to array pointer requires go1.17 or later";
        return false;
    }
    return false;
}

bool check_convertible_to(Checker *chk, Operand *x, Type *t, char **cause) {
    if (check_assignable_to(chk, x, t, cause)) return true;
    Type *orig_t = t;
    Type *v = ty_unalias(x->type);
    t = ty_unalias(t);
    Type *vu = ty_underlying(v), *tu = ty_underlying(t);
    Type *vp = v && v->kind == T_TYPEPARAM ? v : NULL;
    Type *tp = t && t->kind == T_TYPEPARAM ? t : NULL;
    if (!vp && !tp && ty_identical_ignore_tags(vu, tu)) return true;
    if (v && v->kind == T_POINTER && t && t->kind == T_POINTER) {
        Type *vb = v->u.ptr.elem, *tb = t->u.ptr.elem;
        if (ty_identical_ignore_tags(ty_underlying(vb), ty_underlying(tb)) && !ty_is_typeparam(vb) &&
            !ty_is_typeparam(tb))
            return true;
    }
    if (ty_is_basic(vu, BI_INTEGER | BI_FLOAT) && ty_is_basic(tu, BI_INTEGER | BI_FLOAT)) return true;
    if (ty_is_basic(vu, BI_COMPLEX) && ty_is_basic(tu, BI_COMPLEX)) return true;
    if ((ty_is_basic(vu, BI_INTEGER) || is_bytes_or_runes(vu)) && ty_is_basic(tu, BI_STRING)) return true;
    if (ty_is_basic(vu, BI_STRING) && is_bytes_or_runes(tu)) return true;
    if ((is_pointer(vu) || is_basic_kind(vu, B_UINTPTR)) && is_basic_kind(tu, B_UNSAFE_POINTER)) return true;
    if (is_basic_kind(vu, B_UNSAFE_POINTER) && (is_pointer(tu) || is_basic_kind(tu, B_UINTPTR))) return true;
    if (vu && vu->kind == T_SLICE) {
        char *c = NULL;
        if (slice_to_array(chk, vu, tu, &c)) return true;
        if (c) { if (cause) *cause = c; return false; }
    }
    if (!vp && !tp) return false;
    ConvCtx c = {chk, *x, t, vp, tp, orig_t, cause, NULL};
    if (vp) return ty_all(vp, conv_v_term, &c);
    return ty_all(tp, conv_t_term, &c);
}
