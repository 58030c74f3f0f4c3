/* index.c: index, slice and instantiation expressions (go/types'
 * index.go).
 *
 * x[i] on strings, arrays, pointers to arrays, slices, maps and type
 * parameters whose type set agrees on key and element types; a generic
 * type or function followed by brackets is an instantiation, handed to
 * typexpr.c (types) or back to expr.c which calls call.c's
 * check_func_inst (functions). Constant indices are checked against the
 * known length. */
#include "types/check.h"

#define INVALID_ARG "invalid argument: "

/* go/types' isValidIndex. */
bool check_is_valid_index(Checker *chk, Operand *x, const char *what, bool allow_negative) {
    if (x->mode == OM_INVALID) return false;
    check_convert_untyped(chk, x, ty_basic[B_INT]);
    if (x->mode == OM_INVALID) return false;
    if (!ty_all_integer(x->type)) {
        check_errorf(chk, ast_start(x->expr), INVALID_ARG "%s %O must be integer", what, x);
        return false;
    }
    if (x->mode == OM_CONSTANT) {
        if (!allow_negative && cv_sign(x->val) < 0) {
            check_errorf(chk, ast_start(x->expr), INVALID_ARG "%s %O must not be negative", what, x);
            return false;
        }
        if (!check_representable_const(chk, x->val, ty_basic[B_INT], &x->val)) {
            check_errorf(chk, ast_start(x->expr), INVALID_ARG "%s %O overflows int", what, x);
            return false;
        }
    }
    return true;
}

/* go/types' index: checks index against max (if >= 0); returns its type
 * (NULL if invalid) and its constant value in *val (-1 if not constant). */
Type *check_index(Checker *chk, AstNode *index, int64_t max, int64_t *val) {
    *val = -1;
    Operand x = {0};
    check_expr(chk, NULL, &x, index);
    if (!check_is_valid_index(chk, &x, "index", false)) return NULL;
    if (x.mode != OM_CONSTANT) return x.type;
    if (cv_is_unknown(x.val)) return NULL;
    bool exact = false;
    int64_t v = cv_int64_val(x.val, &exact);
    if (max >= 0 && v >= max) {
        check_errorf(chk, ast_start(x.expr), INVALID_ARG "index %s out of bounds [0:%lld]",
                     cv_string_of(chk->arena, x.val), (long long)max);
        return NULL;
    }
    *val = v;
    return x.type;
}

/* The indices of an IndexExpr / IndexListExpr. */
static AstList indices_of(AstNode *e) {
    if (e->kind == N_IndexListExpr) return e->u.index.indices;
    AstList l = {&e->u.index.index, e->u.index.index ? 1 : 0};
    return l;
}

static AstNode *single_index(Checker *chk, AstNode *e) {
    AstList l = indices_of(e);
    if (l.n == 0) {
        check_errorf(chk, ast_start(e), "index expression %E with 0 indices", e);
        return NULL;
    }
    if (l.n > 1) check_errorf(chk, ast_start(l.a[1]), "invalid operation: more than one index");
    return l.a[0];
}

static void map_index(Checker *chk, Operand *x, AstNode *e, Type *key, Type *elem) {
    AstNode *index = single_index(chk, e);
    if (!index) { check_invalidate(x); return; }
    Operand k = {0};
    check_generic_expr_hint(chk, &k, index, NULL);
    check_assignment(chk, &k, key, "map index");
    x->mode = OM_MAPINDEX;
    x->type = elem;
    x->expr = e;
}

typedef struct TpIndex {
    Operand *x;
    Type *key, *elem;
    OperandMode mode;
    int64_t length;
} TpIndex;

static bool tparam_index_term(Type *t, Type *u, void *ctx) {
    TpIndex *c = ctx;
    (void)t;
    int64_t l = -1;
    Type *k = NULL, *e = NULL;
    if (!u) return false;
    switch (u->kind) {
    case T_BASIC:
        if (u->u.basic.info & BI_STRING) { e = ty_byte; c->mode = OM_VALUE; }
        break;
    case T_ARRAY:
        l = u->u.array.len;
        e = u->u.array.elem;
        if (c->x->mode != OM_VARIABLE) c->mode = OM_VALUE;
        break;
    case T_POINTER: {
        Type *a = ty_underlying(u->u.ptr.elem);
        if (a && a->kind == T_ARRAY) { l = a->u.array.len; e = a->u.array.elem; }
        break;
    }
    case T_SLICE: e = u->u.ptr.elem; break;
    case T_MAP: k = u->u.map.key; e = u->u.map.elem; break;
    default: break;
    }
    if (!e) return false;
    if (!c->elem) {
        c->length = l;
        c->key = k;
        c->elem = e;
        return true;
    }
    if ((c->key || k) && (!c->key || !k || !ty_identical(c->key, k))) return false;
    if (!ty_identical(c->elem, e)) return false;
    if (l >= 0 && l < c->length) c->length = l;
    return true;
}

bool check_index_expr(Checker *chk, Operand *x, AstNode *e) {
    AstList idx = indices_of(e);
    check_expr_or_type(chk, x, e->u.index.x, true);
    switch (x->mode) {
    case OM_INVALID:
        check_use_n(chk, idx.a, idx.n, false);
        return false;
    case OM_TYPEXPR:
        check_invalidate(x);
        x->type = check_var_type(chk, e);
        if (check_typ_valid(x->type)) x->mode = OM_TYPEXPR;
        return false;
    case OM_VALUE: {
        Type *u = ty_underlying(x->type);
        if (u && u->kind == T_SIGNATURE && u->u.sig.ntparams > 0) return true;
        break;
    }
    default: break;
    }
    check_non_generic(chk, NULL, x);
    if (x->mode == OM_INVALID) return false;
    if (!check_is_complete(chk, x->type)) { check_invalidate(x); return false; }
    bool valid = false;
    int64_t length = -1;
    Type *u = ty_underlying(x->type);
    switch (u ? u->kind : T_COUNT) {
    case T_BASIC:
        if (u->u.basic.info & BI_STRING) {
            valid = true;
            if (x->mode == OM_CONSTANT) length = cv_string_len(x->val);
            x->mode = OM_VALUE;
            x->type = ty_byte;
        }
        break;
    case T_ARRAY:
        valid = true;
        length = u->u.array.len;
        if (x->mode != OM_VARIABLE) x->mode = OM_VALUE;
        x->type = u->u.array.elem;
        break;
    case T_POINTER: {
        Type *a = ty_underlying(u->u.ptr.elem);
        if (a && a->kind == T_ARRAY) {
            valid = true;
            length = a->u.array.len;
            x->mode = OM_VARIABLE;
            x->type = a->u.array.elem;
        }
        break;
    }
    case T_SLICE:
        valid = true;
        x->mode = OM_VARIABLE;
        x->type = u->u.ptr.elem;
        break;
    case T_MAP:
        map_index(chk, x, e, u->u.map.key, u->u.map.elem);
        return false;
    case T_TYPEPARAM: {
        TpIndex c = {x, NULL, NULL, OM_VARIABLE, -1};
        if (ty_all(x->type, tparam_index_term, &c)) {
            if (c.key) { map_index(chk, x, e, c.key, c.elem); return false; }
            valid = true;
            length = c.length;
            x->mode = c.mode;
            x->type = c.elem;
        }
        break;
    }
    default: break;
    }
    if (!valid) {
        check_errorf(chk, e->u.index.lbrack, "cannot index %O", x); /* types2: at the [ */
        check_use_n(chk, idx.a, idx.n, false);
        check_invalidate(x);
        return false;
    }
    AstNode *index = single_index(chk, e);
    if (!index) { check_invalidate(x); return false; }
    if (!x->type) x->type = ty_basic[B_INVALID];
    int64_t v;
    check_index(chk, index, length, &v);
    return false;
}

/* ---- slice expressions ------------------------------------------------------ */

typedef struct SliceCtx {
    Checker *chk;
    Operand *x;
    Type *ct, *cu;
    bool has_string, failed;
} SliceCtx;

static bool slice_term(Type *t, Type *u, void *ctx) {
    SliceCtx *c = ctx;
    if (!u) {
        check_errorf(c->chk, ast_start(c->x->expr), "cannot slice %O: no specific type in %T", c->x, c->x->type);
        c->failed = true;
        return false;
    }
    if (u->kind == T_BASIC && (u->u.basic.info & BI_STRING)) {
        u = ty_slice(ty_byte);
        c->has_string = true;
    }
    if (!c->cu) { c->ct = t; c->cu = u; return true; }
    if (!ty_identical(c->cu, u)) {
        check_errorf(c->chk, ast_start(c->x->expr), "cannot slice %O: %T and %T have different underlying types",
                     c->x, c->ct, t);
        c->failed = true;
        return false;
    }
    return true;
}

static void slice_indices(Checker *chk, AstNode *e, int64_t length) {
    AstNode *exprs[3] = {e->u.slice.low, e->u.slice.high, e->u.slice.max};
    int64_t ind[3];
    for (int i = 0; i < 3; i++) {
        int64_t x = -1;
        if (exprs[i]) {
            int64_t max = length >= 0 ? length + 1 : -1, v;
            check_index(chk, exprs[i], max, &v);
            if (v >= 0) x = v;
        } else if (i == 0) x = 0;
        else if (length >= 0) x = length;
        ind[i] = x;
    }
    for (int i = 0; i < 2; i++) {
        if (ind[i] <= 0) continue;
        for (int j = i + 1; j < 3; j++) {
            if (ind[j] >= 0 && ind[j] < ind[i]) {
                check_errorf(chk, ast_start(exprs[j]), "invalid slice indices: %lld < %lld", (long long)ind[j],
                             (long long)ind[i]);
                return;
            }
        }
    }
}

void check_slice_expr(Checker *chk, Operand *x, AstNode *e) {
    check_expr(chk, NULL, x, e->u.slice.x);
    if (x->mode == OM_INVALID) {
        AstNode *rest[3] = {e->u.slice.low, e->u.slice.high, e->u.slice.max};
        check_use_n(chk, rest, 3, false);
        return;
    }
    SliceCtx c = {chk, x, NULL, NULL, false, false};
    ty_all(x->type, slice_term, &c);
    if (c.failed) { check_invalidate(x); return; }
    Type *cu = c.cu;
    if (c.has_string) {
        cu = ty_basic[B_STRING];
        if (!ty_is_typeparam(x->type)) cu = ty_underlying(x->type);
    }
    Type *xu = ty_underlying(x->type);
    if (xu && xu->kind == T_POINTER && !check_is_complete(chk, xu->u.ptr.elem)) { check_invalidate(x); return; }
    bool valid = false;
    int64_t length = -1;
    if (!cu) { check_invalidate(x); return; }
    switch (cu->kind) {
    case T_BASIC:
        if (cu->u.basic.info & BI_STRING) {
            if (e->u.slice.slice3) {
                AstNode *at = e->u.slice.max ? e->u.slice.max : e;
                check_errorf(chk, ast_start(at), "invalid operation: 3-index slice of string");
                check_invalidate(x);
                return;
            }
            valid = true;
            if (x->mode == OM_CONSTANT) length = cv_string_len(x->val);
            if (ty_is_untyped(x->type)) x->type = ty_basic[B_STRING];
        }
        break;
    case T_ARRAY:
        valid = true;
        length = cu->u.array.len;
        if (x->mode != OM_VARIABLE) {
            check_errorf(chk, ast_start(x->expr), "cannot slice unaddressable value %O", x);
            check_invalidate(x);
            return;
        }
        x->type = ty_slice(cu->u.array.elem);
        break;
    case T_POINTER: {
        Type *a = ty_underlying(cu->u.ptr.elem);
        if (a && a->kind == T_ARRAY) {
            valid = true;
            length = a->u.array.len;
            x->type = ty_slice(a->u.array.elem);
        }
        break;
    }
    case T_SLICE: valid = true; break;
    default: break;
    }
    if (!valid) {
        check_errorf(chk, ast_start(x->expr), "cannot slice %O", x);
        check_invalidate(x);
        return;
    }
    x->mode = OM_VALUE;
    if (e->u.slice.slice3 && (!e->u.slice.high || !e->u.slice.max)) {
        check_errorf(chk, e->u.slice.rbrack, "2nd and 3rd index required in 3-index slice");
        check_invalidate(x);
        return;
    }
    slice_indices(chk, e, length);
}
