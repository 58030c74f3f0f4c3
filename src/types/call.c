/* call.c: calls, arguments and generic function instantiation
 * (go/types' call.go).
 *
 * A call is first classified by what its function operand turned out to
 * be: a type (a conversion, handed to conversion.c), a builtin (handed to
 * builtins.c) or a value whose common underlying type is a signature.
 * Arguments are evaluated as a list that may spread a single multi-valued
 * call, may hold generic functions (inferred together with the callee's
 * type parameters) and may end in "...". Inference renames the callee's
 * type parameters first, so a generic function calling itself infers its
 * own parameters as ordinary types. (Selectors, also in go/types'
 * call.go, are in selector.c.) */
#include "types/check.h"

#include <stdlib.h>
#include <string.h>

/* ---- small helpers shared by this stage's files -------------------------- */

/* go/types' record(x): the operand's type and value for its expression;
 * untyped results wait in chk->untyped for their final type. */
void check_call_record(Checker *chk, Operand *x) {
    if (!x->expr) return;
    Type *t = x->type;
    ConstVal v = cv_unknown();
    switch (x->mode) {
    case OM_INVALID: t = ty_basic[B_INVALID]; break;
    case OM_NOVALUE: t = NULL; break;
    case OM_CONSTANT: v = x->val; break;
    default: break;
    }
    if (t && ty_is_untyped(t)) {
        check_remember_untyped(chk, x->expr, false, x->mode, t, v);
        return;
    }
    record_type_and_value(chk, x->expr, x->mode, t, v);
}

void check_invalidate(Operand *x) {
    x->mode = OM_INVALID;
}

/* go/types' exclude: report x when its mode is in set (bits 1<<OM_*). */
void check_exclude(Checker *chk, Operand *x, unsigned set) {
    if (!(set & (1u << x->mode))) return;
    Pos p = x->expr ? ast_start(x->expr) : (Pos){0};
    switch (x->mode) {
    case OM_NOVALUE:
        if (set & (1u << OM_TYPEXPR)) check_errorf(chk, p, "%O used as value", x);
        else check_errorf(chk, p, "%O used as value or type", x);
        break;
    case OM_BUILTIN: check_errorf(chk, p, "%O must be called", x); break;
    case OM_TYPEXPR: check_errorf(chk, p, "%O is not an expression", x); break;
    default: break;
    }
    x->mode = OM_INVALID;
}

/* go/types' funcString: the name, then the signature without "func" */
static char *func_string(Checker *chk, Object *f) {
    return check_sprintf(chk, "%s%s", f->name->s, check_sprintf(chk, "%T", f->type) + 4);
}

static char *iface_ptr_error(Checker *chk, Type *t) {
    Type *p = ty_underlying(t);
    if (p && p->kind == T_POINTER && ty_is_typeparam(p->u.ptr.elem))
        return check_sprintf(chk, "type %T is pointer to type parameter, not type parameter", t);
    return check_sprintf(chk, "type %T is pointer to interface, not interface", t);
}

/* go/types' missingMethod cause, "(missing method m)" and the like. */
char *check_missing_cause(Checker *chk, Type *v, Type *t, Missing *m) {
    const char *mn = m->method ? m->method->name->s : "?";
    switch (m->kind) {
    case MISS_NONE: return "";
    case MISS_NOT_FOUND:
        if (ty_is_interface_ptr(v)) return check_sprintf(chk, "(%s)", iface_ptr_error(chk, v));
        if (ty_is_interface_ptr(t)) return check_sprintf(chk, "(%s)", iface_ptr_error(chk, t));
        return check_sprintf(chk, "(missing method %s)", mn);
    case MISS_WRONG_NAME:
        return check_sprintf(chk, "(missing method %s)\n\t\thave %s\n\t\twant %s", mn, func_string(chk, m->have),
                             func_string(chk, m->method));
    case MISS_UNEXPORTED: return check_sprintf(chk, "(unexported method %s)", mn);
    case MISS_WRONG_SIG: {
        char *fs = func_string(chk, m->have), *ms = func_string(chk, m->method);
        if (!strcmp(fs, ms)) return check_sprintf(chk, "(wrong type for method %s)", mn);
        return check_sprintf(chk, "(wrong type for method %s)\n\t\thave %s\n\t\twant %s", mn, fs, ms);
    }
    case MISS_AMBIGUOUS: return check_sprintf(chk, "(ambiguous selector %T.%s)", v, mn);
    case MISS_PTR_RECV: return check_sprintf(chk, "(method %s has pointer receiver)", mn);
    case MISS_FIELD: return check_sprintf(chk, "(%T.%s is a field, not a method)", v, mn);
    }
    return "";
}

/* go/types' typesSummary: "(int, number, ...string)". */
char *check_types_summary(Checker *chk, Type **list, int n, bool variadic, bool dots) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < n; i++) {
        Type *t = list[i];
        if (i > 0) sb_puts(&b, ", ");
        bool last = i == n - 1;
        if (last && variadic && t && ty_unalias(t)->kind == T_SLICE) {
            sb_puts(&b, "...");
            t = ty_unalias(t)->u.ptr.elem;
        } else if (last && variadic) {
            sb_puts(&b, "...");
        }
        if (!t || !ty_is_valid(t)) sb_puts(&b, "unknown type");
        else if (ty_is_untyped(t)) {
            Type *u = ty_unalias(t);
            if (u->u.basic.info & BI_NUMERIC) sb_puts(&b, "number");
            else sb_puts(&b, u->u.basic.name + (strncmp(u->u.basic.name, "untyped ", 8) ? 0 : 8));
        } else sb_puts(&b, check_sprintf(chk, "%T", t));
        if (last && dots) sb_puts(&b, "...");
    }
    sb_putc(&b, ')');
    char *s = arena_strndup(chk->arena, b.s, b.len);
    sb_free(&b);
    return s;
}

static const char *utf8_tail(const char *s) {
    if (!*s) return s;
    s++;
    while ((*s & 0xC0) == 0x80) s++;
    return s;
}

/* go/types' lookupError: why sel is not found in typ; alt is a field or
 * method found ignoring case (or NULL). */
char *check_lookup_error(Checker *chk, Type *typ, Sym *sel, Object *alt, bool struct_lit) {
    enum { MISSING, MISSPELLED, UNEXPORTED, INACCESSIBLE } e = MISSING;
    const char *an = alt ? alt->name->s : "";
    if (alt) {
        bool se = ty_is_exported(sel), ae = ty_is_exported(alt->name);
        if (alt->pkg == chk->pkg) e = MISSPELLED;
        else if (se) {
            if (ae) e = MISSPELLED;
            else if (!strcmp(utf8_tail(sel->s), utf8_tail(an))) e = UNEXPORTED;
        } else if (ae) {
            if (!strcmp(utf8_tail(sel->s), utf8_tail(an))) e = MISSPELLED;
        } else if (alt->name == sel) e = INACCESSIBLE;
    }
    if (struct_lit) {
        switch (e) {
        case MISSING: return check_sprintf(chk, "unknown field %s in struct literal of type %T", sel->s, typ);
        case MISSPELLED:
            return check_sprintf(chk, "unknown field %s in struct literal of type %T, but does have %s", sel->s, typ, an);
        case UNEXPORTED:
            return check_sprintf(chk, "unknown field %s in struct literal of type %T, but does have unexported %s",
                                 sel->s, typ, an);
        case INACCESSIBLE:
            return check_sprintf(chk, "cannot refer to unexported field %s in struct literal of type %T", an, typ);
        }
    }
    const char *what = !alt ? "object" : alt->kind == OBJ_VAR ? "field" : alt->kind == OBJ_FUNC ? "method" : "object";
    switch (e) {
    case MISSING: return check_sprintf(chk, "type %T has no field or method %s", typ, sel->s);
    case MISSPELLED:
        return check_sprintf(chk, "type %T has no field or method %s, but does have %s %s", typ, sel->s, what, an);
    case UNEXPORTED:
        return check_sprintf(chk, "type %T has no field or method %s, but does have unexported %s %s", typ, sel->s,
                             what, an);
    case INACCESSIBLE: return check_sprintf(chk, "cannot refer to unexported %s %s", what, an);
    }
    return "";
}

static AstNode *unparen(AstNode *e) {
    while (e && e->kind == N_ParenExpr) e = e->u.paren.x;
    return e;
}

/* go/types' typeList: NULL if any type is invalid. */
static Type **type_list(Checker *chk, AstList xs) {
    Type **res = NEWARR(chk->arena, Type *, xs.n ? xs.n : 1);
    bool ok = true;
    for (int i = 0; i < xs.n; i++) {
        res[i] = check_var_type(chk, xs.a[i]);
        if (!ty_is_valid(res[i])) ok = false;
    }
    return ok ? res : NULL;
}

static AstList index_list(AstNode *inst) {
    if (inst->kind == N_IndexListExpr) return inst->u.index.indices;
    AstList l = {&inst->u.index.index, 1};
    return l;
}

/* ---- instantiation -------------------------------------------------------- */

/* The context for instances made while checking one package (go/types'
 * check.context()): instances are shared within a package only, so an
 * instance keeps the aliases (byte, os.DirEntry) its package wrote. */
static TyContext *sig_context(Checker *chk) {
    static TyContext *ctx;
    static Package *pkg;
    if (!ctx || pkg != chk->pkg) {
        ctx = ty_context_new();
        pkg = chk->pkg;
    }
    return ctx;
}

/* go/types' renameTParams: fresh type parameters standing for tps, with
 * typ rewritten to use them. */
static Type *rename_tparams(Checker *chk, Pos pos, Type **tps, int n, Type *typ, Type ***out) {
    Type **fresh = NEWARR(chk->arena, Type *, n ? n : 1);
    for (int i = 0; i < n; i++) {
        Object *to = tps[i]->u.tparam.obj;
        Object *o = obj_new(OBJ_TYPENAME, to->pos, to->pkg, to->name, NULL);
        o->u.tname.is_tparam = true;
        fresh[i] = ty_typeparam(o, NULL, i);
    }
    SubstMap m = {tps, fresh, n};
    for (int i = 0; i < n; i++) fresh[i]->u.tparam.bound = ty_subst(tps[i]->u.tparam.bound, m, sig_context(chk));
    *out = fresh;
    return typ ? ty_subst(typ, m, sig_context(chk)) : NULL;
}

typedef struct VerifyArg {
    Pos pos;
    Type **tparams, **targs;
    int n;
    AstList xlist;
} VerifyArg;

/* go/types' implements cause for v and constraint t (verb "satisfy"). */
static char *impl_message(Checker *chk, Type *v, Type *t, ImplCause *c) {
    switch (c->kind) {
    case IMPL_NOT_IFACE: return check_sprintf(chk, "%T does not satisfy %T (%T is not an interface)", v, t, t);
    case IMPL_IFACE_PTR:
        return check_sprintf(chk, "%T does not satisfy %T (type %T is pointer to interface, not interface)", v, t, t);
    case IMPL_EMPTY_TYPESET: return check_sprintf(chk, "cannot satisfy %T (empty type set)", t);
    case IMPL_MISSING:
        return check_sprintf(chk, "%T does not satisfy %T %s", v, t, check_missing_cause(chk, v, t, &c->miss));
    case IMPL_MISSING_TILDE:
        return check_sprintf(chk, "%T does not satisfy %T (possibly missing ~ for %T in %T)", v, t, c->alt, t);
    case IMPL_MENTIONS:
        return check_sprintf(chk, "%T does not satisfy %T (%T mentions %T, but %T is not in the type set of %T)", v,
                             t, t, v, v, t);
    case IMPL_NOT_IN_SET: {
        StrBuf b = {0};
        tl_write(&b, ts_terms(ts_of_type(t)));
        char *s = check_sprintf(chk, "%T does not satisfy %T (%T missing in %s)", v, t, v, b.s ? b.s : "");
        sb_free(&b);
        return s;
    }
    case IMPL_NOT_COMPARABLE: return check_sprintf(chk, "%T does not satisfy comparable", v);
    default: return check_sprintf(chk, "%T does not satisfy %T", v, t);
    }
}

static void verify_later(Checker *chk, void *arg) {
    VerifyArg *va = arg;
    ImplCause cause = {0};
    int i = ty_verify(va->tparams, va->targs, va->n, sig_context(chk), &cause);
    if (i < 0) return;
    Pos pos = i < va->xlist.n ? ast_start(va->xlist.a[i]) : va->pos;
    SubstMap m = {va->tparams, va->targs, va->n};
    Type *bound = ty_subst(va->tparams[i]->u.tparam.bound, m, sig_context(chk));
    check_softf(chk, pos, "%s", impl_message(chk, va->targs[i], bound, &cause));
}

/* go/types' instantiateSignature: the instance, recorded for expr, with
 * its type arguments verified later. */
static Type *instantiate_signature(Checker *chk, Pos pos, AstNode *expr, Type *sig, Type **targs, AstList xlist) {
    int n = sig->u.sig.ntparams;
    Type *inst = ty_instantiate(sig, targs, n, sig_context(chk));
    if (!inst) return sig;
    if (expr) {
        AstNode *id = unparen(expr);
        if (id->kind == N_IndexExpr || id->kind == N_IndexListExpr) id = unparen(id->u.index.x);
        if (id->kind == N_SelectorExpr) id = id->u.sel.sel;
        if (id->kind == N_Ident) record_instance(chk, id, targs, n, inst);
    }
    VerifyArg *va = NEW(chk->arena, VerifyArg);
    *va = (VerifyArg){pos, sig->u.sig.tparams, targs, n, xlist};
    check_later(chk, verify_later, va);
    return inst;
}

static const char *tparams_string(Checker *chk, Type **tps, int n) {
    StrBuf b = {0};
    for (int i = 0; i < n; i++) {
        if (i > 0) sb_puts(&b, n > 2 ? ", " : " ");
        if (i > 0 && i == n - 1) sb_puts(&b, "and ");
        sb_puts(&b, tps[i]->u.tparam.obj->name->s);
    }
    char *s = arena_strndup(chk->arena, b.s ? b.s : "", b.len);
    sb_free(&b);
    return s;
}

static const char *pos_string(Checker *chk, Pos p) {
    char *s = check_pos_string(p);
    const char *r = check_sprintf(chk, "%s", s);
    free(s);
    return r;
}

/* The message of a failed inference; *pos gets where to report it. */
static char *infer_message(Checker *chk, InferErr *e, Type **tps, int n, Operand **args, Pos *pos, bool reverse) {
    Operand *a = e->arg >= 0 && args ? args[e->arg] : NULL;
    if (a && a->expr) *pos = ast_start(a->expr);
    bool need_arg = e->kind == INF_ARG_NONE || e->kind == INF_ARG_INFERRED || e->kind == INF_ARG;
    if ((need_arg && (!a || !a->expr)) || (e->kind != INF_OK && !e->tpar))
        return check_sprintf(chk, "cannot infer type arguments");
    switch (e->kind) {
    case INF_ARG_NONE:
        return check_sprintf(chk, "type %T of %E does not match %T (cannot infer %s)", e->targ, a->expr, e->tpar,
                             tparams_string(chk, tps, n));
    case INF_ARG_INFERRED:
        if (reverse)
            return check_sprintf(chk, "inferred type %T for %T does not match type %T of %E", e->inferred, e->tpar,
                                 e->targ, a->expr);
        return check_sprintf(chk, "type %T of %E does not match inferred type %T for %T", e->targ, a->expr,
                             e->inferred, e->tpar);
    case INF_ARG: return check_sprintf(chk, "type %T of %E does not match %T", e->targ, a->expr, e->tpar);
    case INF_CORE:
        return check_sprintf(chk, "%T (type %T) does not satisfy %T", e->tpar, e->targ, e->tpar->u.tparam.bound);
    case INF_METHODS: {
        Type *bound = e->tpar->u.tparam.bound;
        return check_sprintf(chk, "%T (type %T) does not satisfy %T %s", e->tpar, e->targ, bound,
                             check_missing_cause(chk, e->targ, bound, &e->miss));
    }
    case INF_UNTYPED:
        return check_sprintf(chk, "mismatched types %T and %T (cannot infer %T)", e->t1, e->t2, e->tpar);
    case INF_CANNOT_INFER:
        return check_sprintf(chk, "cannot infer %s (declared at %s)", e->tpar->u.tparam.obj->name->s,
                             pos_string(chk, e->tpar->u.tparam.obj->pos));
    default: return check_sprintf(chk, "cannot infer type arguments");
    }
}

static InferArg *infer_args(Checker *chk, Operand **args, int n) {
    InferArg *ia = NEWARR(chk->arena, InferArg, n ? n : 1);
    for (int i = 0; i < n; i++) {
        ia[i].type = args[i]->type;
        ia[i].is_nil = args[i]->mode == OM_NILVALUE ||
                       (args[i]->type && ty_unalias(args[i]->type)->kind == T_BASIC &&
                        ty_unalias(args[i]->type)->u.basic.kind == B_UNTYPED_NIL);
    }
    return ia;
}

/* go/types' funcInst. T: the target signature for reverse inference (or
 * NULL), desc its description. Returns the partial type arguments when
 * !infer and some are missing (x stays generic), else NULL. */
Type **check_func_inst_target(Checker *chk, Type *T, const char *desc, Pos pos, Operand *x, AstNode *inst,
                              bool infer, int *ntargs_out) {
    Pos errpos = inst ? ast_start(inst) : pos;
    if (inst) x->expr = inst;
    (void)desc;
    Type **targs = NULL;
    AstList xlist = {0};
    if (inst) {
        xlist = index_list(inst);
        targs = type_list(chk, xlist);
        if (!targs) {
            x->mode = OM_INVALID;
            return NULL;
        }
    }
    Type *sig = x->type;
    int got = xlist.n, want = sig->u.sig.ntparams;
    if (got > want) {
        check_errorf(chk, ast_start(xlist.a[got - 1]), "got %d type arguments but want %d", got, want);
        x->mode = OM_INVALID;
        return NULL;
    }
    if (got < want) {
        if (!infer) {
            if (ntargs_out) *ntargs_out = got;
            return targs ? targs : NEWARR(chk->arena, Type *, 1);
        }
        Type *params = ty_tuple(NULL, 0);
        Operand targ = {0}, *argp = &targ;
        int nargs = 0;
        bool reverse = false;
        if (T && ty_unalias(T)->kind == T_SIGNATURE) {
            Type *gsig = ty_new(T_SIGNATURE);
            gsig->u.sig.params = sig->u.sig.params;
            gsig->u.sig.results = sig->u.sig.results;
            gsig->u.sig.variadic = sig->u.sig.variadic;
            Object *p = obj_var(VK_PARAM, x->expr ? ast_start(x->expr) : pos, chk->pkg, intern_cstr(""), gsig);
            Object **pv = NEWARR(chk->arena, Object *, 1);
            pv[0] = p;
            params = ty_tuple(pv, 1);
            targ.mode = OM_VALUE;
            targ.expr = x->expr;
            targ.type = T;
            nargs = 1;
            reverse = true;
        }
        Type **tps;
        Type *params2 = rename_tparams(chk, pos, sig->u.sig.tparams, want, params, &tps);
        InferErr err;
        InferArg *ia = infer_args(chk, &argp, nargs);
        Type **res = ty_infer(tps, want, targs, got, params2, ia, nargs, check_allow_version(chk, 21), &err);
        if (!res) {
            Pos ep = pos;
            char *msg = infer_message(chk, &err, tps, want, &argp, &ep, reverse);
            if (reverse && err.arg >= 0) ep = pos;
            check_errorf(chk, ep, "%s", msg);
            x->mode = OM_INVALID;
            return NULL;
        }
        targs = res;
    }
    (void)errpos;
    x->type = instantiate_signature(chk, x->expr ? ast_start(x->expr) : pos, x->expr, sig, targs, xlist);
    x->mode = OM_VALUE;
    return NULL;
}

void check_func_inst(Checker *chk, Operand *x, AstNode *e, bool infer) {
    check_func_inst_target(chk, NULL, NULL, ast_start(e), x, e, infer, NULL);
}

/* ---- calls ---------------------------------------------------------------- */

static bool has_dots(AstNode *call) {
    return call->u.call.ellipsis.file != 0;
}

static void nongeneric_type(Checker *chk, Operand *x) {
    if (x->mode == OM_TYPEXPR && ty_is_generic(x->type)) {
        check_errorf(chk, ast_start(x->expr), "cannot use generic type %T without instantiation", x->type);
        x->mode = OM_INVALID;
        x->type = ty_basic[B_INVALID];
    }
}

static ExprKind conversion_call(Checker *chk, Operand *x, AstNode *call) {
    nongeneric_type(chk, x);
    if (x->mode == OM_INVALID) {
        x->expr = call;
        return EK_CONVERSION;
    }
    Type *T = x->type;
    x->mode = OM_INVALID;
    if (!check_is_complete(chk, T)) {
        x->expr = call;
        return EK_CONVERSION;
    }
    AstList args = call->u.call.args;
    if (args.n == 0) {
        check_errorf(chk, ast_start(call), "missing argument in conversion to %T", T);
    } else if (args.n == 1) {
        check_expr(chk, T, x, args.a[0]);
        if (x->mode != OM_INVALID) {
            Type *u = ty_underlying(T);
            if (u && u->kind == T_INTERFACE && !ty_is_typeparam(T) && !ts_is_method_set(ts_of(u))) {
                check_errorf(chk, ast_start(call),
                             "cannot use interface %T in conversion (contains specific type constraints or is "
                             "comparable)",
                             T);
            } else if (has_dots(call)) { /* x stays valid, as in go/types */
                check_errorf(chk, ast_start(args.a[0]), "invalid use of ... in conversion to %T", T);
            } else {
                check_conversion(chk, x, T);
            }
        }
    } else {
        check_use_exprs(chk, args);
        check_errorf(chk, ast_start(args.a[args.n - 1]), "too many arguments in conversion to %T", T);
    }
    x->expr = call;
    return EK_CONVERSION;
}

static int not_func_cond(Type *t, Type *u, void *ctx) {
    if (u && ty_unalias(u)->kind != T_SIGNATURE) {
        *(Type **)ctx = t;
        return 1;
    }
    return 0;
}

/* The common underlying signature of x's type, or NULL after an error. */
static Type *callee_signature(Checker *chk, Operand *x) {
    Type *bad = NULL, *t1 = NULL, *t2 = NULL;
    int err = 0;
    Type *u = ty_common_under(x->type, not_func_cond, &bad, &err, &t1, &t2);
    if (u && err == CU_OK) return ty_unalias(u);
    const char *why;
    switch (err) {
    case CU_COND_BASE + 1: why = check_sprintf(chk, "%T is not a function", bad); break;
    case CU_NO_SPECIFIC: why = "no specific type"; break;
    case CU_DIFFERENT: why = check_sprintf(chk, "%T and %T have different underlying types", t1, t2); break;
    case CU_CHAN_ELEM: why = check_sprintf(chk, "channels %T and %T have different element types", t1, t2); break;
    case CU_CHAN_DIR: why = check_sprintf(chk, "channels %T and %T have conflicting directions", t1, t2); break;
    default: why = check_sprintf(chk, "%T is not a function", x->type); break;
    }
    check_errorf(chk, ast_start(x->expr), "invalid operation: cannot call %O: %s", x, why);
    return NULL;
}

typedef struct ArgList {
    Operand **a;
    int n;
    Type ***atargs; /* partial type arguments per argument (or NULL) */
    int *natargs;
} ArgList;

static Operand *new_operand(Checker *chk) {
    return NEW(chk->scratch, Operand);
}

/* One argument that may be a partially instantiated generic function. */
static Operand *generic_arg(Checker *chk, AstNode *e, bool infer, ArgList *al, int i) {
    Operand *x = new_operand(chk);
    if ((e->kind == N_IndexExpr || e->kind == N_IndexListExpr) && check_index_expr(chk, x, e)) {
        int nt = 0;
        Type **targs = check_func_inst_target(chk, NULL, NULL, ast_start(e), x, e, infer, &nt);
        if (targs) {
            al->atargs[i] = targs;
            al->natargs[i] = nt;
            x->expr = e;
        } else {
            check_call_record(chk, x);
        }
    } else if (al->n == 1) {
        check_raw_expr(chk, NULL, x, e, NULL, true);
        check_exclude(chk, x, 1u << OM_NOVALUE | 1u << OM_BUILTIN | 1u << OM_TYPEXPR);
    } else {
        check_generic_expr(chk, x, e);
    }
    return x;
}

/* go/types' genericExprList. */
static ArgList generic_expr_list(Checker *chk, AstList elist) {
    ArgList al = {0};
    int n = elist.n;
    bool infer = !(n > 0 && check_allow_version(chk, 21));
    al.n = n;
    al.a = NEWARR(chk->scratch, Operand *, n ? n : 1);
    al.atargs = NEWARR(chk->scratch, Type **, n ? n : 1);
    al.natargs = NEWARR(chk->scratch, int, n ? n : 1);
    for (int i = 0; i < n; i++) al.a[i] = generic_arg(chk, elist.a[i], infer, &al, i);
    if (n == 1 && al.a[0]->mode != OM_INVALID && al.a[0]->type && al.a[0]->type->kind == T_TUPLE) {
        Type *t = al.a[0]->type;
        AstNode *e = elist.a[0];
        int k = t->u.tuple.n;
        ArgList sp = {NEWARR(chk->scratch, Operand *, k ? k : 1), k, NEWARR(chk->scratch, Type **, k ? k : 1),
                      NEWARR(chk->scratch, int, k ? k : 1)};
        for (int j = 0; j < k; j++) {
            sp.a[j] = new_operand(chk);
            *sp.a[j] = (Operand){OM_VALUE, e, t->u.tuple.vars[j]->type, cv_unknown(), 0};
        }
        return sp;
    }
    return al;
}

static Type **operand_types(Checker *chk, ArgList *al) {
    Type **ts = NEWARR(chk->arena, Type *, al->n ? al->n : 1);
    for (int i = 0; i < al->n; i++) ts[i] = al->a[i]->type;
    return ts;
}

static void count_error(Checker *chk, AstNode *call, Type *sig, ArgList *al, int npars, bool ddd) {
    int nargs = al->n;
    Pos at = ast_start(call);
    const char *q = "not enough";
    if (nargs > npars) {
        at = ast_start(al->a[npars]->expr);
        q = "too many";
    } else if (nargs > 0) {
        at = ast_start(al->a[nargs - 1]->expr);
    }
    Type *ps = sig->u.sig.params;
    Type **pts = NEWARR(chk->arena, Type *, ps->u.tuple.n ? ps->u.tuple.n : 1);
    for (int i = 0; i < ps->u.tuple.n; i++) pts[i] = ps->u.tuple.vars[i]->type;
    check_errorf(chk, at, "%s arguments in call to %E\n\thave %s\n\twant %s", q, call->u.call.fun,
                 check_types_summary(chk, operand_types(chk, al), nargs, false, ddd),
                 check_types_summary(chk, pts, ps->u.tuple.n, sig->u.sig.variadic, false));
}

/* Parameters adjusted to nargs for a variadic call without "...". */
static Type *spread_variadic(Checker *chk, Type *params, int nargs) {
    int np = params->u.tuple.n;
    Object **vars = NEWARR(chk->arena, Object *, nargs > np ? nargs : np);
    for (int i = 0; i < np - 1; i++) vars[i] = params->u.tuple.vars[i];
    Object *last = params->u.tuple.vars[np - 1];
    Type *lt = ty_unalias(last->type);
    Type *elem = lt->kind == T_SLICE ? lt->u.ptr.elem : ty_basic[B_INVALID];
    for (int i = np - 1; i < nargs; i++) vars[i] = obj_var(VK_PARAM, last->pos, last->pkg, last->name, elem);
    return ty_tuple(vars, nargs);
}

typedef struct TpVec {
    Type **tps, **targs;
    int n, cap;
} TpVec;

static void tp_push(Checker *chk, TpVec *v, Type *tp, Type *targ) {
    if (v->n == v->cap) {
        int nc = v->cap ? 2 * v->cap : 8;
        Type **a = NEWARR(chk->arena, Type *, nc), **b = NEWARR(chk->arena, Type *, nc);
        if (v->n) memcpy(a, v->tps, sizeof(Type *) * (size_t)v->n), memcpy(b, v->targs, sizeof(Type *) * (size_t)v->n);
        v->tps = a, v->targs = b, v->cap = nc;
    }
    v->tps[v->n] = tp;
    v->targs[v->n++] = targ;
}

/* go/types' arguments: check the arguments against sig and return the
 * (possibly instantiated) signature. */
/* The parameters matched against the arguments: variadic parameters
 * spread out unless the call has "..."; NULL after a count error.
 * *adjusted: the tuple differs from the signature's. */
static Type *call_params(Checker *chk, AstNode *call, Type *sig, ArgList *al, bool *adjusted) {
    int nargs = al->n, npars = sig->u.sig.params->u.tuple.n;
    bool ddd = has_dots(call);
    Type *params = sig->u.sig.params;
    *adjusted = false;
    if (sig->u.sig.variadic) {
        if (ddd) {
            if (call->u.call.args.n == 1 && nargs > 1) {
                check_errorf(chk, ast_start(call), "cannot use ... with %d-valued %E", nargs, call->u.call.args.a[0]);
                return NULL;
            }
        } else if (nargs >= npars - 1) {
            params = spread_variadic(chk, params, nargs);
            *adjusted = true;
            npars = nargs;
        } else {
            npars--;
        }
    } else if (ddd) {
        check_errorf(chk, ast_start(call), "cannot use ... in call to non-variadic %E", call->u.call.fun);
        return NULL;
    }
    if (nargs != npars) {
        count_error(chk, call, sig, al, npars, ddd);
        return NULL;
    }
    return params;
}

/* Generic function arguments get renamed type parameters that join the
 * ones to infer; their indices go to generic (returns how many). */
static int generic_args(Checker *chk, AstNode *call, ArgList *al, TpVec *tv, int *generic) {
    int ngeneric = 0;
    for (int i = 0; i < al->n; i++) {
        Operand *a = al->a[i];
        Type *at = a->type ? ty_unalias(a->type) : NULL;
        if (a->mode == OM_INVALID || !at || at->kind != T_SIGNATURE || at->u.sig.ntparams == 0) continue;
        Type **atps;
        Type *renamed = rename_tparams(chk, call->pos, at->u.sig.tparams, at->u.sig.ntparams, at, &atps);
        Type *asig = ty_new(T_SIGNATURE); /* a new identity for the argument */
        asig->u.sig = renamed->u.sig;
        asig->u.sig.tparams = atps;
        a->type = asig;
        for (int k = 0; k < at->u.sig.ntparams; k++)
            tp_push(chk, tv, atps[k], al->atargs && k < al->natargs[i] ? al->atargs[i][k] : NULL);
        generic[ngeneric++] = i;
    }
    if (ngeneric > 0)
        check_verify_version(chk, ast_start(al->a[generic[0]]->expr), 21, "implicitly instantiated function as argument");
    return ngeneric;
}

/* go/types' arguments: check the arguments against sig and return the
 * (possibly instantiated) signature. */
static Type *arguments(Checker *chk, AstNode *call, Type *sig, Type **targs, int ntargs, AstList xlist, ArgList *al) {
    Type *rsig = sig;
    int nargs = al->n;
    bool adjusted;
    Type *params = call_params(chk, call, sig, al, &adjusted);
    if (!params) return rsig;
    int n = sig->u.sig.ntparams;
    TpVec tv = {0};
    if (n > 0) {
        Type **tps;
        params = rename_tparams(chk, call->pos, sig->u.sig.tparams, n, params, &tps);
        for (int i = 0; i < n; i++) tp_push(chk, &tv, tps[i], i < ntargs ? targs[i] : NULL);
    }
    int *generic = NEWARR(chk->arena, int, nargs ? nargs : 1);
    int ngeneric = generic_args(chk, call, al, &tv, generic);
    if (tv.n > 0) {
        InferErr err;
        InferArg *ia = infer_args(chk, al->a, nargs);
        Type **res = ty_infer(tv.tps, tv.n, tv.targs, tv.n, params, ia, nargs, check_allow_version(chk, 21), &err);
        if (!res) {
            Pos ep = call->pos; /* types2: call.Pos(), the '(' */
            char *msg = infer_message(chk, &err, tv.tps, tv.n, al->a, &ep, false);
            check_errorf(chk, ep, "in call to %E, %s", call->u.call.fun, msg);
            return rsig;
        }
        if (n > 0) {
            rsig = instantiate_signature(chk, call->pos, call->u.call.fun, sig, res, xlist);
            if (adjusted) params = ty_subst(params, (SubstMap){tv.tps, res, n}, sig_context(chk));
            else params = rsig->u.sig.params;
        }
        for (int g = 0, j = n; g < ngeneric; g++) {
            Operand *a = al->a[generic[g]];
            int k = a->type->u.sig.ntparams;
            a->type = instantiate_signature(chk, call->pos, a->expr, a->type, res + j, (AstList){0});
            check_call_record(chk, a);
            j += k;
        }
    }
    if (nargs > 0) {
        AstNode *saved = chk->arg_fun;
        chk->arg_fun = call->u.call.fun;
        for (int i = 0; i < nargs; i++)
            check_assignment(chk, al->a[i], params->u.tuple.vars[i]->type, CHECK_CTX_ARGUMENT);
        chk->arg_fun = saved;
    }
    return rsig;
}

Type *check_call_arguments(Checker *chk, AstNode *call, Type *sig, Operand **args, int nargs) {
    ArgList al = {args, nargs, NULL, NULL};
    return arguments(chk, call, sig, NULL, 0, (AstList){0}, &al);
}

static ExprKind builtin_call(Checker *chk, Operand *x, AstNode *call) {
    BuiltinId id = x->id;
    if (!check_builtin(chk, x, call, id)) x->mode = OM_INVALID;
    x->expr = call;
    if (x->mode != OM_INVALID && x->mode != OM_CONSTANT) chk->env.has_call_or_recv = true;
    return ty_builtins[id].isstmt ? EK_STATEMENT : EK_EXPRESSION;
}

static ExprKind call_fail(Checker *chk, Operand *x, AstNode *call) {
    check_use_exprs(chk, call->u.call.args);
    x->mode = OM_INVALID;
    x->expr = call;
    return EK_STATEMENT;
}

ExprKind check_call_expr(Checker *chk, Operand *x, AstNode *call) {
    AstNode *fun = call->u.call.fun, *inst = NULL;
    if (fun->kind == N_IndexExpr || fun->kind == N_IndexListExpr) {
        if (check_index_expr(chk, x, fun)) inst = fun;
        x->expr = fun;
        check_call_record(chk, x);
    } else {
        check_expr_or_type(chk, x, fun, true);
    }
    switch (x->mode) {
    case OM_INVALID: return call_fail(chk, x, call);
    case OM_TYPEXPR: return conversion_call(chk, x, call);
    case OM_BUILTIN: return builtin_call(chk, x, call);
    default: break;
    }
    bool cgocall = x->mode == OM_CGOFUNC;
    Type *sig = callee_signature(chk, x);
    if (!sig) return call_fail(chk, x, call);
    bool was_generic = sig->u.sig.ntparams > 0;
    Type **targs = NULL;
    int ntargs = 0;
    AstList xlist = {0};
    if (inst) {
        xlist = index_list(inst);
        targs = type_list(chk, xlist);
        if (!targs) return call_fail(chk, x, call);
        int got = xlist.n, want = sig->u.sig.ntparams;
        ntargs = got;
        if (got > want) {
            check_errorf(chk, ast_start(xlist.a[want]), "got %d type arguments but want %d", got, want);
            return call_fail(chk, x, call);
        }
        if (got == want && want > 0) {
            sig = instantiate_signature(chk, inst->pos, inst, sig, targs, xlist);
            targs = NULL, ntargs = 0;
            xlist = (AstList){0};
        }
    }
    ArgList al = generic_expr_list(chk, call->u.call.args);
    sig = arguments(chk, call, sig, targs, ntargs, xlist, &al);
    if (was_generic && sig->u.sig.ntparams == 0) record_type_and_value(chk, fun, OM_VALUE, sig, cv_unknown());
    Type *res = sig->u.sig.results;
    switch (res->u.tuple.n) {
    case 0: x->mode = OM_NOVALUE; break;
    case 1:
        x->mode = cgocall ? OM_COMMAERR : OM_VALUE;
        x->type = res->u.tuple.vars[0]->type;
        if (!check_is_complete(chk, x->type)) {
            x->mode = OM_INVALID;
            x->expr = call;
            return EK_STATEMENT;
        }
        break;
    default:
        x->mode = OM_VALUE;
        x->type = res;
        break;
    }
    x->expr = call;
    chk->env.has_call_or_recv = true;
    if (x->mode == OM_VALUE && sig->u.sig.ntparams > 0 &&
        ty_is_parameterized(sig->u.sig.tparams, sig->u.sig.ntparams, x->type))
        x->mode = OM_INVALID;
    return EK_STATEMENT;
}
