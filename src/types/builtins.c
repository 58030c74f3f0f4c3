/* builtins.c: calls of the predeclared functions and of unsafe's
 * functions (go/types' builtins.go).
 *
 * Each builtin checks its arguments by the spec's rules, computes the
 * result mode (constant where the spec says so: len/cap of arrays without
 * calls or receives, of constant strings; complex/real/imag and min/max of
 * constants; unsafe's Sizeof/Alignof/Offsetof of types of fixed size) and
 * records for the function expression the concrete signature of this
 * call, as go/types does, unless the result is a constant. */
#include "types/check.h"

#include <string.h>

static AstNode *unparen(AstNode *e) {
    while (e && e->kind == N_ParenExpr) e = e->u.paren.x;
    return e;
}

/* go/types' makeSig: parameters get their default types. */
static Type *make_sig(Checker *chk, Type *res, Type **args, int n) {
    Object **ps = NEWARR(chk->arena, Object *, n ? n : 1);
    Sym *blank = intern_cstr("");
    for (int i = 0; i < n; i++) ps[i] = obj_var(VK_PARAM, (Pos){0}, NULL, blank, ty_default(args[i]));
    Type *sig = ty_new(T_SIGNATURE);
    sig->u.sig.params = ty_tuple(ps, n);
    if (res) {
        Object **rs = NEWARR(chk->arena, Object *, 1);
        rs[0] = obj_var(VK_RESULT, (Pos){0}, NULL, blank, res);
        sig->u.sig.results = ty_tuple(rs, 1);
    } else {
        sig->u.sig.results = ty_tuple(NULL, 0);
    }
    return sig;
}

static Type *sig1(Checker *chk, Type *res, Type *a) {
    return make_sig(chk, res, &a, 1);
}

static Type *sig2(Checker *chk, Type *res, Type *a, Type *b) {
    Type *ts[2] = {a, b};
    return make_sig(chk, res, ts, 2);
}

/* go/types' recordBuiltinType: the function and its parentheses.
 * RECORD_BUILTIN makes the signature only when the info is read. */
#define RECORD_BUILTIN(chk, f, sig)                                 \
    do {                                                             \
        if (!(chk)->info->unread) record_builtin_type(chk, f, sig); \
    } while (0)

static void record_builtin_type(Checker *chk, AstNode *f, Type *sig) {
    for (;;) {
        record_type_and_value(chk, f, OM_BUILTIN, sig, cv_unknown());
        if (f->kind != N_ParenExpr) return;
        f = f->u.paren.x;
    }
}

static Pos xpos(Operand *x) {
    return x->expr ? ast_start(x->expr) : (Pos){0};
}

static void version_error(Checker *chk, AstNode *at, int minor, const char *what) {
    check_verify_version(chk, ast_start(at), minor, what);
}

static bool is_nil_operand(Operand *x) {
    if (x->mode == OM_NILVALUE) return true;
    Type *t = x->type ? ty_unalias(x->type) : NULL;
    return t && t->kind == T_BASIC && t->u.basic.kind == B_UNTYPED_NIL;
}

/* ---- slices -------------------------------------------------------------- */

typedef struct ElemCtx {
    Type *elem;
    Type *bad;   /* a term that is not a slice */
    Type *other; /* a second, different element type */
} ElemCtx;

static bool slice_term(Type *t, Type *u, void *p) {
    ElemCtx *c = p;
    u = u ? ty_unalias(u) : NULL;
    if (!u || u->kind != T_SLICE) {
        c->bad = t ? t : (Type *)1;
        return false;
    }
    if (!c->elem) c->elem = u->u.ptr.elem;
    else if (!ty_identical(c->elem, u->u.ptr.elem)) {
        c->other = u->u.ptr.elem;
        return false;
    }
    return true;
}

/* go/types' sliceElem: the common element type, or NULL with *why. */
static Type *slice_elem(Checker *chk, Operand *x, const char **why) {
    ElemCtx c = {0};
    if (ty_all(x->type, slice_term, &c)) return c.elem;
    if (c.other) *why = check_sprintf(chk, "mismatched slice element types %T and %T in %O", c.elem, c.other, x);
    else if (is_nil_operand(x)) *why = "argument must be a slice; have untyped nil";
    else *why = check_sprintf(chk, "argument must be a slice; have %O", x);
    return NULL;
}

static bool bytes_or_string_term(Type *t, Type *u, void *p) {
    bool *has_string = p;
    u = u ? ty_unalias(u) : NULL;
    if (!u) return false;
    if (u->kind == T_SLICE && ty_identical(u->u.ptr.elem, ty_byte)) return true;
    if (u->kind == T_BASIC && (u->u.basic.info & BI_STRING)) {
        *has_string = true;
        return true;
    }
    return false;
}

/* Every type in y's type set is []byte or a string (at least one string
 * when need_string). */
static bool bytes_or_strings(Operand *y, bool need_string) {
    bool has_string = false;
    if (!ty_all(y->type, bytes_or_string_term, &has_string)) return false;
    return has_string || !need_string;
}

static bool assignable_to_bytes(Checker *chk, Operand *x) {
    Operand tmp = *x;
    return check_assignable_to(chk, &tmp, ty_slice(ty_byte), NULL);
}

/* ---- len and cap --------------------------------------------------------- */

static Type *array_ptr_deref(Type *t) {
    Type *p = ty_unalias(t);
    if (p && p->kind == T_POINTER) {
        Type *a = ty_underlying(p->u.ptr.elem);
        if (a && a->kind == T_ARRAY) return a;
    }
    return t;
}

static bool len_cap_ok(Type *u, bool is_len) {
    u = ty_unalias(array_ptr_deref(u));
    switch (u->kind) {
    case T_BASIC: return is_len && (u->u.basic.info & BI_STRING);
    case T_ARRAY:
    case T_SLICE:
    case T_CHAN: return true;
    case T_MAP: return is_len;
    default: return false;
    }
}

static bool len_cap_term(Type *t, Type *u, void *p) {
    (void)t;
    return u && len_cap_ok(u, *(bool *)p);
}

static bool len_cap(Checker *chk, Operand *x, AstNode *call, BuiltinId id, bool had_call) {
    bool is_len = id == BLT_LEN;
    OperandMode mode = OM_INVALID;
    ConstVal val = cv_unknown();
    Type *u = ty_unalias(array_ptr_deref(ty_under(x->type)));
    switch (u ? u->kind : T_BASIC) {
    case T_BASIC:
        if (u && (u->u.basic.info & BI_STRING) && is_len) {
            if (x->mode == OM_CONSTANT) mode = OM_CONSTANT, val = cv_int64(cv_string_len(x->val));
            else mode = OM_VALUE;
        }
        break;
    case T_ARRAY:
        mode = OM_VALUE;
        if (!had_call) {
            mode = OM_CONSTANT;
            val = u->u.array.len >= 0 ? cv_int64(u->u.array.len) : cv_unknown();
        }
        break;
    case T_SLICE:
    case T_CHAN: mode = OM_VALUE; break;
    case T_MAP:
        if (is_len) mode = OM_VALUE;
        break;
    case T_INTERFACE:
        if (ty_is_typeparam(x->type) && ty_all(x->type, len_cap_term, &is_len)) mode = OM_VALUE;
        break;
    default: break;
    }
    if (mode == OM_INVALID) {
        if (ty_is_valid(ty_underlying(x->type)))
            check_errorf(chk, xpos(x), "invalid argument: %O for built-in %s", x, ty_builtins[id].name);
        return false;
    }
    if (mode != OM_CONSTANT) RECORD_BUILTIN(chk, call->u.call.fun, sig1(chk, ty_basic[B_INT], x->type));
    x->mode = mode;
    x->type = ty_basic[B_INT];
    x->val = val;
    return true;
}

/* ---- complex, real, imag --------------------------------------------------- */

typedef Type *(*TypeFn)(Type *t);

static Type *complex_of(Type *t) {
    Type *u = ty_underlying(t);
    if (!u || u->kind != T_BASIC) return NULL;
    switch (u->u.basic.kind) {
    case B_FLOAT32: return ty_basic[B_COMPLEX64];
    case B_FLOAT64: return ty_basic[B_COMPLEX128];
    case B_UNTYPED_FLOAT: return ty_basic[B_UNTYPED_COMPLEX];
    default: return NULL;
    }
}

static Type *float_of(Type *t) {
    Type *u = ty_underlying(t);
    if (!u || u->kind != T_BASIC) return NULL;
    switch (u->u.basic.kind) {
    case B_COMPLEX64: return ty_basic[B_FLOAT32];
    case B_COMPLEX128: return ty_basic[B_FLOAT64];
    case B_UNTYPED_COMPLEX: return ty_basic[B_UNTYPED_FLOAT];
    default: return NULL;
    }
}

typedef struct TermsCtx {
    TypeFn f;
    Term *terms;
    int n;
} TermsCtx;

static bool apply_term(Type *t, Type *u, void *p) {
    (void)u;
    TermsCtx *c = p;
    if (!t) return false;
    Type *r = c->f(t);
    if (!r) return false;
    c->terms[c->n++] = (Term){false, r};
    return true;
}

/* go/types' applyTypeFunc: f of x's type; for a type parameter a new one
 * constrained by f of each term. */
static Type *apply_type_func(Checker *chk, TypeFn f, Operand *x, BuiltinId id) {
    Type *tp = ty_unalias(x->type);
    if (!tp || tp->kind != T_TYPEPARAM) return f(x->type);
    TypeSet *ts = ts_of_type(tp);
    TermsCtx c = {f, NEWARR(chk->arena, Term, ts->nterms + 1), 0};
    for (int i = 0; i < ts->nterms; i++) c.terms[i].tilde = ts->terms[i].tilde;
    if (!ty_all(tp, apply_term, &c)) return NULL;
    for (int i = 0; i < c.n && i < ts->nterms; i++) c.terms[i].tilde = ts->terms[i].tilde;
    check_softf(chk, xpos(x), "%O not supported as argument to built-in %s for go1.18 (see go.dev/issue/50937)", x,
                ty_builtins[id].name);
    Type *uni = ty_new(T_UNION);
    uni->u.uni.terms = c.terms;
    uni->u.uni.n = c.n;
    Type *iface = ty_new(T_INTERFACE);
    Type **emb = NEWARR(chk->arena, Type *, 1);
    emb[0] = uni;
    iface->u.iface.embeddeds = emb;
    iface->u.iface.nembeddeds = 1;
    Object *o = obj_new(OBJ_TYPENAME, (Pos){0}, chk->pkg, tp->u.tparam.obj->name, NULL);
    o->u.tname.is_tparam = true;
    return ty_typeparam(o, iface, tp->u.tparam.index);
}

static void to_float_if_real(Operand *x) {
    if (ty_is_basic(x->type, BI_NUMERIC) && cv_sign(cv_imag(x->val)) == 0) x->type = ty_basic[B_UNTYPED_FLOAT];
}

static bool complex_call(Checker *chk, Operand *x, Operand *y, AstNode *call) {
    int d = (ty_is_untyped(x->type) ? 1 : 0) | (ty_is_untyped(y->type) ? 2 : 0);
    if (d == 1) check_convert_untyped(chk, x, y->type);
    else if (d == 2) check_convert_untyped(chk, y, x->type);
    else if (d == 3) {
        if (x->mode == OM_CONSTANT && y->mode == OM_CONSTANT) {
            to_float_if_real(x);
            to_float_if_real(y);
        } else {
            check_convert_untyped(chk, x, ty_basic[B_FLOAT64]);
            check_convert_untyped(chk, y, ty_basic[B_FLOAT64]);
        }
    }
    if (x->mode == OM_INVALID || y->mode == OM_INVALID) return false;
    if (!ty_identical(x->type, y->type)) {
        check_errorf(chk, xpos(x), "invalid operation: %E (mismatched types %T and %T)", call, x->type, y->type);
        return false;
    }
    Type *res = apply_type_func(chk, complex_of, x, BLT_COMPLEX);
    if (!res) {
        check_errorf(chk, xpos(x), "invalid argument: arguments have type %T, expected floating-point", x->type);
        return false;
    }
    if (x->mode == OM_CONSTANT && y->mode == OM_CONSTANT) {
        ConstVal im = cv_make_imag(chk->arena, cv_to_float(chk->arena, y->val));
        x->val = cv_binary(chk->arena, cv_to_float(chk->arena, x->val), CV_ADD, im);
    } else {
        x->mode = OM_VALUE;
    }
    if (x->mode != OM_CONSTANT) RECORD_BUILTIN(chk, call->u.call.fun, sig2(chk, res, x->type, x->type));
    x->type = res;
    return true;
}

static bool real_imag(Checker *chk, Operand *x, AstNode *call, BuiltinId id) {
    if (ty_is_untyped(x->type)) {
        if (x->mode == OM_CONSTANT) {
            if (ty_is_basic(x->type, BI_NUMERIC)) x->type = ty_basic[B_UNTYPED_COMPLEX];
        } else {
            check_convert_untyped(chk, x, ty_basic[B_COMPLEX128]);
            if (x->mode == OM_INVALID) return false;
        }
    }
    Type *res = apply_type_func(chk, float_of, x, id);
    if (!res) {
        check_errorf(chk, xpos(x), "invalid argument: argument has type %T, expected complex type", x->type);
        return false;
    }
    if (x->mode == OM_CONSTANT) x->val = id == BLT_REAL ? cv_real(x->val) : cv_imag(x->val);
    else x->mode = OM_VALUE;
    if (x->mode != OM_CONSTANT) RECORD_BUILTIN(chk, call->u.call.fun, sig1(chk, res, x->type));
    x->type = res;
    return true;
}

/* ---- append, copy, delete, clear, close -------------------------------------- */

static bool append_call(Checker *chk, Operand *x, AstNode *call, Operand **args, int nargs) {
    const char *why = NULL;
    Type *E = slice_elem(chk, x, &why);
    if (!E) {
        check_errorf(chk, xpos(x), "invalid append: %s", why);
        return false;
    }
    Type *sig = NULL;
    bool dots = call->u.call.ellipsis.file != 0;
    if (nargs == 2 && dots && assignable_to_bytes(chk, x) && bytes_or_strings(args[1], true)) {
        sig = sig2(chk, x->type, x->type, args[1]->type); /* func([]byte, string...) []byte */
        sig->u.sig.variadic = true;
    }
    if (!sig) {
        sig = sig2(chk, x->type, x->type, ty_slice(E));
        sig->u.sig.variadic = true;
        check_call_arguments(chk, call, sig, args, nargs); /* the result type is known */
    }
    RECORD_BUILTIN(chk, call->u.call.fun, sig);
    x->mode = OM_VALUE;
    return true;
}

static bool copy_call(Checker *chk, Operand *x, Operand *y, AstNode *call) {
    const char *why = NULL;
    Type *dstE = slice_elem(chk, x, &why);
    if (!dstE) {
        check_errorf(chk, xpos(x), "invalid copy: %s", why);
        return false;
    }
    bool special = assignable_to_bytes(chk, x) && bytes_or_strings(y, false);
    if (!special) {
        Type *srcE = slice_elem(chk, y, &why);
        if (!srcE) {
            if (!ty_all_string(y->type)) {
                check_errorf(chk, xpos(y), "invalid copy: %s", why);
                return false;
            }
            srcE = ty_byte;
        }
        if (!ty_identical(dstE, srcE)) {
            check_errorf(chk, xpos(x), "invalid copy: arguments %O and %O have different element types %T and %T", x,
                         y, dstE, srcE);
            return false;
        }
    }
    RECORD_BUILTIN(chk, call->u.call.fun, sig2(chk, ty_basic[B_INT], x->type, y->type));
    x->mode = OM_VALUE;
    x->type = ty_basic[B_INT];
    return true;
}

typedef struct MapCtx {
    Checker *chk;
    Operand *x;
    Type *key;
} MapCtx;

static bool map_term(Type *t, Type *u, void *p) {
    (void)t;
    MapCtx *c = p;
    u = u ? ty_unalias(u) : NULL;
    if (!u || u->kind != T_MAP) {
        check_errorf(c->chk, xpos(c->x), "invalid argument: %O is not a map", c->x);
        return false;
    }
    if (c->key && !ty_identical(u->u.map.key, c->key)) {
        check_errorf(c->chk, xpos(c->x), "invalid argument: maps of %O must have identical key types", c->x);
        return false;
    }
    c->key = u->u.map.key;
    return true;
}

static bool delete_call(Checker *chk, Operand *x, Operand *key, AstNode *call) {
    Type *m = x->type;
    MapCtx c = {chk, x, NULL};
    if (!ty_all(m, map_term, &c)) return false;
    *x = *key;
    check_assignment(chk, x, c.key, "argument to delete");
    if (x->mode == OM_INVALID) return false;
    x->mode = OM_NOVALUE;
    RECORD_BUILTIN(chk, call->u.call.fun, sig2(chk, NULL, m, c.key));
    return true;
}

typedef struct ErrCtx {
    Checker *chk;
    Operand *x;
} ErrCtx;

static bool clear_term(Type *t, Type *u, void *p) {
    (void)t;
    ErrCtx *c = p;
    u = u ? ty_unalias(u) : NULL;
    if (u && (u->kind == T_MAP || u->kind == T_SLICE)) return true;
    check_errorf(c->chk, xpos(c->x),
                 "invalid argument: cannot clear %O: argument must be (or constrained by) map or slice", c->x);
    return false;
}

static bool close_term(Type *t, Type *u, void *p) {
    (void)t;
    ErrCtx *c = p;
    u = u ? ty_unalias(u) : NULL;
    if (!u || u->kind != T_CHAN) {
        check_errorf(c->chk, xpos(c->x), "invalid operation: cannot close non-channel %O", c->x);
        return false;
    }
    if (u->u.chan.dir == CHAN_RECV) {
        check_errorf(c->chk, xpos(c->x), "invalid operation: cannot close receive-only channel %O", c->x);
        return false;
    }
    return true;
}

static bool clear_close(Checker *chk, Operand *x, AstNode *call, BuiltinId id) {
    if (id == BLT_CLEAR) version_error(chk, call->u.call.fun, 21, "clear");
    ErrCtx c = {chk, x};
    if (!ty_all(x->type, id == BLT_CLEAR ? clear_term : close_term, &c)) return false;
    x->mode = OM_NOVALUE;
    RECORD_BUILTIN(chk, call->u.call.fun, sig1(chk, NULL, x->type));
    return true;
}

/* ---- make, new ------------------------------------------------------------------ */

/* go/types' index(e, -1): the index type (invalid on error) and its
 * constant value or -1. */
static Type *index_arg(Checker *chk, AstNode *e, int64_t *size) {
    Type *t = check_index(chk, e, -1, size);
    return t ? t : ty_basic[B_INVALID];
}

static int make_cond(Type *t, Type *u, void *ctx) {
    (void)t, (void)ctx;
    if (!u) return 1;
    u = ty_unalias(u);
    return u->kind == T_SLICE || u->kind == T_MAP || u->kind == T_CHAN ? 0 : 2;
}

static bool make_call(Checker *chk, Operand *x, AstNode *call, int nargs) {
    AstList al = call->u.call.args;
    AstNode *arg0 = al.a[0];
    Type *T = check_var_type(chk, arg0);
    if (!ty_is_valid(T)) return false;
    int err = 0;
    Type *t1, *t2;
    Type *u = ty_common_under(T, make_cond, NULL, &err, &t1, &t2);
    if (!u || err) {
        const char *why = err == CU_COND_BASE + 2 ? "type must be slice, map, or channel"
                        : err == CU_DIFFERENT ? check_sprintf(chk, "%T and %T have different underlying types", t1, t2)
                                              : "no specific type";
        check_errorf(chk, ast_start(arg0), "invalid argument: cannot make %E: %s", arg0, why);
        return false;
    }
    int min = ty_unalias(u)->kind == T_SLICE ? 2 : 1;
    if (nargs < min || min + 1 < nargs) {
        check_errorf(chk, ast_start(call), "invalid operation: %E expects %d or %d arguments; found %d", call, min,
                     min + 1, nargs);
        return false;
    }
    Type **types = NEWARR(chk->arena, Type *, nargs);
    types[0] = T;
    int64_t sizes[2];
    int nsizes = 0;
    for (int i = 1; i < nargs; i++) {
        int64_t sz;
        types[i] = index_arg(chk, al.a[i], &sz);
        if (sz >= 0) sizes[nsizes++] = sz;
    }
    if (nsizes == 2 && sizes[0] > sizes[1])
        check_errorf(chk, ast_start(al.a[1]), "invalid argument: length and capacity swapped");
    x->mode = OM_VALUE;
    x->type = T;
    RECORD_BUILTIN(chk, call->u.call.fun, make_sig(chk, T, types, nargs));
    return true;
}

static bool new_call(Checker *chk, Operand *x, AstNode *call) {
    AstNode *arg = call->u.call.args.a[0];
    check_expr_or_type(chk, x, arg, false);
    check_exclude(chk, x, 1u << OM_NOVALUE | 1u << OM_BUILTIN);
    switch (x->mode) {
    case OM_INVALID: return false;
    case OM_TYPEXPR: break; /* validVarType: the type expression was checked */
    default:
        if (ty_is_untyped(x->type)) {
            check_assignment(chk, x, NULL, "argument to new");
            if (x->mode == OM_INVALID) return false;
        }
        check_verify_version(chk, ast_start(call->u.call.fun), 26, check_sprintf(chk, "new(%E)", arg));
        break;
    }
    Type *T = x->type;
    x->mode = OM_VALUE;
    x->type = ty_pointer(T);
    RECORD_BUILTIN(chk, call->u.call.fun, sig1(chk, x->type, T));
    return true;
}

/* ---- min, max ------------------------------------------------------------------ */

static bool min_max(Checker *chk, Operand *x, AstNode *call, BuiltinId id, Operand **args, int nargs) {
    version_error(chk, call->u.call.fun, 21, check_sprintf(chk, "built-in %s", ty_builtins[id].name));
    ConstOp op = id == BLT_MAX ? CV_GTR : CV_LSS;
    for (int i = 0; i < nargs; i++) {
        Operand *a = args[i];
        if (a->mode == OM_INVALID) return false;
        if (!ty_all_ordered(a->type)) {
            check_errorf(chk, xpos(a), "invalid argument: %O cannot be ordered", a);
            return false;
        }
        if (i == 0) continue;
        check_match_types(chk, x, a);
        if (x->mode == OM_INVALID) return false;
        if (!ty_identical(x->type, a->type)) {
            check_errorf(chk, xpos(a), "invalid argument: mismatched types %T (previous argument) and %T (type of %E)",
                         x->type, a->type, a->expr);
            return false;
        }
        if (x->mode == OM_CONSTANT && a->mode == OM_CONSTANT) {
            if (cv_compare(a->val, op, x->val)) *x = *a;
        } else {
            x->mode = OM_VALUE;
        }
    }
    if (x->mode != OM_CONSTANT) {
        x->mode = OM_VALUE;
        check_assignment(chk, x, ty_empty_iface, check_sprintf(chk, "argument to built-in %s", ty_builtins[id].name));
        if (x->mode == OM_INVALID) return false;
    }
    for (int i = 0; i < nargs; i++) check_update_expr_type(chk, args[i]->expr, x->type, true);
    if (x->mode != OM_CONSTANT) {
        Type **ts = NEWARR(chk->arena, Type *, nargs);
        for (int i = 0; i < nargs; i++) ts[i] = x->type;
        RECORD_BUILTIN(chk, call->u.call.fun, make_sig(chk, x->type, ts, nargs));
    }
    return true;
}

/* ---- panic, print, recover ----------------------------------------------------- */

static bool print_call(Checker *chk, Operand *x, AstNode *call, BuiltinId id, Operand **args, int nargs) {
    Type **ps = NEWARR(chk->arena, Type *, nargs ? nargs : 1);
    const char *ctx = check_sprintf(chk, "argument to built-in %s", ty_builtins[id].name);
    for (int i = 0; i < nargs; i++) {
        check_assignment(chk, args[i], NULL, ctx);
        if (args[i]->mode == OM_INVALID) return false;
        ps[i] = args[i]->type;
    }
    x->mode = OM_NOVALUE;
    RECORD_BUILTIN(chk, call->u.call.fun, make_sig(chk, NULL, ps, nargs));
    return true;
}

/* ---- unsafe ------------------------------------------------------------------------ */

static bool has_var_size(Type *t, int depth) {
    if (depth > 64) return false;
    t = ty_unalias(t);
    if (!t) return false;
    switch (t->kind) {
    case T_NAMED: {
        Object *o = t->u.named.obj;
        if (o && o->pkg && !strcmp(o->pkg->path, "simd") && !strcmp(o->name->s, "_simd")) return true;
        Type *u = ty_named_underlying(t);
        return u && u != t && has_var_size(u, depth + 1);
    }
    case T_ARRAY: return has_var_size(t->u.array.elem, depth + 1);
    case T_STRUCT:
        for (int i = 0; i < t->u.strct.nfields; i++)
            if (has_var_size(t->u.strct.fields[i]->type, depth + 1)) return true;
        return false;
    case T_TYPEPARAM: return true;
    default: return false;
    }
}

static bool size_align(Checker *chk, Operand *x, AstNode *call, BuiltinId id) {
    bool is_size = id == BLT_SIZEOF;
    check_assignment(chk, x, NULL, is_size ? "argument to unsafe.Sizeof" : "argument to unsafe.Alignof");
    if (x->mode == OM_INVALID) return false;
    if (has_var_size(x->type, 0)) {
        x->mode = OM_VALUE;
        RECORD_BUILTIN(chk, call->u.call.fun, sig1(chk, ty_basic[B_UINTPTR], x->type));
    } else {
        int64_t v = is_size ? ty_sizeof(x->type) : ty_alignof(x->type);
        if (v < 0) {
            check_errorf(chk, xpos(x), "%O is too large", x);
            return false;
        }
        x->mode = OM_CONSTANT;
        x->val = cv_int64(v);
    }
    x->type = ty_basic[B_UINTPTR];
    return true;
}

/* go/types' derefStructPtr: *S → S for a pointer to a struct. */
static Type *deref_struct_ptr(Type *t) {
    Type *p = ty_underlying(t);
    if (p && p->kind == T_POINTER) {
        Type *s = ty_underlying(p->u.ptr.elem);
        if (s && s->kind == T_STRUCT) return p->u.ptr.elem;
    }
    return t;
}

/* The offset of the field at an index path (each step within the struct
 * reached so far), -1 when too large. */
static int64_t offset_of(Type *base, int *index, int n) {
    int64_t off = 0;
    Type *t = base;
    for (int i = 0; i < n; i++) {
        Type *s = ty_underlying(t);
        if (!s || s->kind != T_STRUCT) return -1;
        int64_t o = ty_offsetof(s, index[i]);
        if (o < 0) return -1;
        off += o;
        t = s->u.strct.fields[index[i]]->type;
    }
    return off;
}

static bool offsetof_call(Checker *chk, Operand *x, AstNode *call) {
    AstNode *arg0 = call->u.call.args.a[0];
    AstNode *selx = unparen(arg0);
    if (selx->kind != N_SelectorExpr) {
        check_errorf(chk, ast_start(arg0), "invalid argument: %E is not a selector expression", arg0);
        AstList l = {&call->u.call.args.a[0], 1};
        check_use_exprs(chk, l);
        return false;
    }
    check_expr(chk, NULL, x, selx->u.sel.x);
    if (x->mode == OM_INVALID) return false;
    Type *base = deref_struct_ptr(x->type);
    Sym *sel = selx->u.sel.sel->u.ident.name;
    Lookup lk = ty_lookup_field_or_method(base, false, chk->pkg, sel);
    if (!lk.obj) {
        check_errorf(chk, xpos(x), "invalid argument: %T has no single field %s", base, sel->s);
        return false;
    }
    if (lk.obj->kind == OBJ_FUNC) {
        check_errorf(chk, ast_start(arg0), "invalid argument: %E is a method value", arg0);
        return false;
    }
    if (lk.indirect) {
        check_errorf(chk, xpos(x), "invalid argument: field %s is embedded via a pointer in %T", sel->s, base);
        return false;
    }
    record_use(chk, selx->u.sel.sel, lk.obj);
    record_selection(chk, selx, SEL_FIELD_VAL, base, lk.obj, lk.index, lk.nindex, false);
    Operand fx = {x->mode == OM_VARIABLE ? OM_VARIABLE : OM_VALUE, selx, lk.obj->type, cv_unknown(), 0};
    check_call_record(chk, &fx);
    if (has_var_size(base, 0)) {
        x->mode = OM_VALUE;
        RECORD_BUILTIN(chk, call->u.call.fun, sig1(chk, ty_basic[B_UINTPTR], lk.obj->type));
    } else {
        int64_t off = offset_of(base, lk.index, lk.nindex);
        if (off < 0) {
            check_errorf(chk, xpos(x), "%O is too large", x);
            return false;
        }
        x->mode = OM_CONSTANT;
        x->val = cv_int64(off);
    }
    x->type = ty_basic[B_UINTPTR];
    return true;
}

static bool unsafe_call(Checker *chk, Operand *x, AstNode *call, BuiltinId id, Operand **args) {
    AstNode *fun = call->u.call.fun;
    Operand *y = args[1 < ty_builtins[id].nargs ? 1 : 0];
    Type *u;
    int err;
    Type *t1, *t2;
    switch (id) {
    case BLT_ADD:
        version_error(chk, fun, 17, "unsafe.Add");
        check_assignment(chk, x, ty_basic[B_UNSAFE_POINTER], "argument to unsafe.Add");
        if (x->mode == OM_INVALID || !check_is_valid_index(chk, y, "length", true)) return false;
        x->mode = OM_VALUE;
        x->type = ty_basic[B_UNSAFE_POINTER];
        RECORD_BUILTIN(chk, fun, sig2(chk, x->type, x->type, y->type));
        return true;
    case BLT_SLICE:
        version_error(chk, fun, 17, "unsafe.Slice");
        u = ty_common_under(x->type, NULL, NULL, &err, &t1, &t2);
        if (!u || ty_unalias(u)->kind != T_POINTER) {
            check_errorf(chk, xpos(x), "invalid argument: %O is not a pointer", x);
            return false;
        }
        if (!check_is_valid_index(chk, y, "length", false)) return false;
        x->mode = OM_VALUE;
        x->type = ty_slice(ty_unalias(u)->u.ptr.elem);
        RECORD_BUILTIN(chk, fun, sig2(chk, x->type, u, y->type));
        return true;
    case BLT_SLICEDATA:
        version_error(chk, fun, 20, "unsafe.SliceData");
        u = ty_common_under(x->type, NULL, NULL, &err, &t1, &t2);
        if (!u || ty_unalias(u)->kind != T_SLICE) {
            check_errorf(chk, xpos(x), "invalid argument: %O is not a slice", x);
            return false;
        }
        x->mode = OM_VALUE;
        x->type = ty_pointer(ty_unalias(u)->u.ptr.elem);
        RECORD_BUILTIN(chk, fun, sig1(chk, x->type, u));
        return true;
    case BLT_STRING:
        version_error(chk, fun, 20, "unsafe.String");
        check_assignment(chk, x, ty_pointer(ty_byte), "argument to unsafe.String");
        if (x->mode == OM_INVALID || !check_is_valid_index(chk, y, "length", false)) return false;
        x->mode = OM_VALUE;
        x->type = ty_basic[B_STRING];
        RECORD_BUILTIN(chk, fun, sig2(chk, x->type, ty_pointer(ty_byte), y->type));
        return true;
    case BLT_STRINGDATA:
        version_error(chk, fun, 20, "unsafe.StringData");
        check_assignment(chk, x, ty_basic[B_STRING], "argument to unsafe.StringData");
        if (x->mode == OM_INVALID) return false;
        x->mode = OM_VALUE;
        x->type = ty_pointer(ty_byte);
        RECORD_BUILTIN(chk, fun, sig1(chk, x->type, ty_basic[B_STRING]));
        return true;
    default: return false;
    }
}

/* ---- dispatch ------------------------------------------------------------------------ */

/* go/types' exprList: one multi-valued expression or single values. */
static Operand **expr_list(Checker *chk, AstList list, int *n) {
    if (list.n == 1) {
        Operand *out = NULL;
        int k = 0;
        check_multi_expr(chk, list.a[0], &out, &k, false);
        Operand **res = NEWARR(chk->scratch, Operand *, k ? k : 1);
        for (int i = 0; i < k; i++) res[i] = &out[i];
        *n = k;
        return res;
    }
    Operand **res = NEWARR(chk->scratch, Operand *, list.n ? list.n : 1);
    for (int i = 0; i < list.n; i++) {
        res[i] = NEW(chk->scratch, Operand);
        check_expr(chk, NULL, res[i], list.a[i]);
    }
    *n = list.n;
    return res;
}

bool check_builtin(Checker *chk, Operand *x, AstNode *call, BuiltinId id) {
    AstList al = call->u.call.args;
    const BuiltinInfo *bin = &ty_builtins[id];
    if (call->u.call.ellipsis.file && id != BLT_APPEND) {
        check_errorf(chk, ast_start(call), "invalid operation: invalid use of ... with built-in %s", bin->name);
        check_use_exprs(chk, al);
        return false;
    }
    bool saved_call = chk->env.has_call_or_recv;
    if (id == BLT_LEN || id == BLT_CAP) chk->env.has_call_or_recv = false;
    Operand **args = NULL;
    int nargs = 0;
    if (id == BLT_MAKE || id == BLT_NEW || id == BLT_OFFSETOF) {
        nargs = al.n;
    } else {
        args = expr_list(chk, al, &nargs);
        for (int i = 0; i < nargs; i++)
            if (args[i]->mode == OM_INVALID) goto fail;
        if (nargs > 0) *x = *args[0];
    }
    const char *msg = nargs < bin->nargs ? "not enough" : !bin->variadic && nargs > bin->nargs ? "too many" : NULL;
    if (msg) {
        check_errorf(chk, ast_start(call), "invalid operation: %s arguments for %E (expected %d, found %d)", msg, call, bin->nargs,
                     nargs);
        goto fail;
    }
    bool ok;
    switch (id) {
    case BLT_APPEND: ok = append_call(chk, x, call, args, nargs); break;
    case BLT_CAP:
    case BLT_LEN: {
        bool had = chk->env.has_call_or_recv;
        chk->env.has_call_or_recv = saved_call;
        return len_cap(chk, x, call, id, had);
    }
    case BLT_CLEAR:
    case BLT_CLOSE: ok = clear_close(chk, x, call, id); break;
    case BLT_COMPLEX: ok = complex_call(chk, x, args[1], call); break;
    case BLT_COPY: ok = copy_call(chk, x, args[1], call); break;
    case BLT_DELETE: ok = delete_call(chk, x, args[1], call); break;
    case BLT_IMAG:
    case BLT_REAL: ok = real_imag(chk, x, call, id); break;
    case BLT_MAKE: ok = make_call(chk, x, call, nargs); break;
    case BLT_MAX:
    case BLT_MIN: ok = min_max(chk, x, call, id, args, nargs); break;
    case BLT_NEW: ok = new_call(chk, x, call); break;
    case BLT_PANIC:
        check_assignment(chk, x, ty_empty_iface, "argument to panic");
        ok = x->mode != OM_INVALID;
        if (ok) {
            x->mode = OM_NOVALUE;
            RECORD_BUILTIN(chk, call->u.call.fun, sig1(chk, NULL, ty_empty_iface));
        }
        break;
    case BLT_PRINT:
    case BLT_PRINTLN: ok = print_call(chk, x, call, id, args, nargs); break;
    case BLT_RECOVER:
        x->mode = OM_VALUE;
        x->type = ty_empty_iface;
        RECORD_BUILTIN(chk, call->u.call.fun, make_sig(chk, x->type, NULL, 0));
        ok = true;
        break;
    case BLT_ALIGNOF:
    case BLT_SIZEOF: ok = size_align(chk, x, call, id); break;
    case BLT_OFFSETOF: ok = offsetof_call(chk, x, call); break;
    default: ok = unsafe_call(chk, x, call, id, args); break;
    }
    if (id == BLT_LEN || id == BLT_CAP) chk->env.has_call_or_recv = saved_call;
    return ok;
fail:
    if (id == BLT_LEN || id == BLT_CAP) chk->env.has_call_or_recv = saved_call;
    return false;
}
