/* infer.c: type inference for calls of generic functions (go/types' infer).
 * Steps: (1) unify each parameter type mentioning a type parameter with
 * the typed argument's type (assign mode), remembering untyped arguments
 * passed for a bare type parameter; (2) constraint type inference until no
 * progress: a parameter with a core term either unifies its inferred type
 * with that term or, for a single non-tilde term, takes it; an inferred
 * type must have the constraint's methods; (3) each still unknown
 * parameter fed by untyped constants gets the default type of their
 * largest kind; (4) cycles through inferred types are dropped and the
 * inferred types are simplified by substituting the others into them. */
#include "types/types.h"

#include <string.h>

typedef Vec(int) IntVec;

/* ---- parameterized types ------------------------------------------------- */

static bool is_param(Type **tps, int n, Type *t);

static bool vars_param(Type **tps, int n, Object **vs, int nv) {
    for (int i = 0; i < nv; i++)
        if (is_param(tps, n, vs[i]->type)) return true;
    return false;
}

static bool iface_param(Type **tps, int n, Type *t) {
    TypeSet *s = ts_of(t);
    for (int i = 0; i < s->nmethods; i++)
        if (is_param(tps, n, s->methods[i]->type)) return true;
    if (!ts_has_terms(s)) return false;
    for (int i = 0; i < s->nterms; i++)
        if (!is_param(tps, n, s->terms[i].type)) return false;
    return true;
}

static bool is_param(Type **tps, int n, Type *t) {
    t = ty_unalias(t);
    if (!t) return false;
    switch (t->kind) {
    case T_ARRAY: return is_param(tps, n, t->u.array.elem);
    case T_SLICE:
    case T_POINTER: return is_param(tps, n, t->u.ptr.elem);
    case T_STRUCT: return vars_param(tps, n, t->u.strct.fields, t->u.strct.nfields);
    case T_TUPLE: return vars_param(tps, n, t->u.tuple.vars, t->u.tuple.n);
    case T_SIGNATURE: return is_param(tps, n, t->u.sig.params) || is_param(tps, n, t->u.sig.results);
    case T_INTERFACE: return iface_param(tps, n, t);
    case T_MAP: return is_param(tps, n, t->u.map.key) || is_param(tps, n, t->u.map.elem);
    case T_CHAN: return is_param(tps, n, t->u.chan.elem);
    case T_NAMED:
        for (int i = 0; i < t->u.named.ntargs; i++)
            if (is_param(tps, n, t->u.named.targs[i])) return true;
        return false;
    case T_TYPEPARAM:
        for (int i = 0; i < n; i++)
            if (tps[i] == t) return true;
        return false;
    default: return false;
    }
}

bool ty_is_parameterized(Type **tparams, int n, Type *t) { return is_param(tparams, n, t); }

/* ---- core terms ------------------------------------------------------------ */

/* The single term of tp's type set (*single), or a term for the common
 * underlying type (tilde if any term had one); false if neither. */
static bool core_term(Type *tp, Term *out, bool *single) {
    TypeSet *s = ts_of(ty_tparam_iface(tp));
    *single = false;
    bool tilde = false;
    if (ts_has_terms(s)) {
        if (s->nterms == 1) {
            *out = s->terms[0];
            *single = true;
            return true;
        }
        for (int i = 0; i < s->nterms; i++) tilde |= s->terms[i].tilde;
    }
    Type *cu = ty_common_under(tp, NULL, NULL, NULL, NULL, NULL);
    if (!cu) return false;
    *out = (Term){tilde, cu};
    return true;
}

/* ---- steps ------------------------------------------------------------------- */

typedef struct Infer {
    Type **tps;
    int n;
    Unifier *u;
    InferErr *err;
} Infer;

static bool fail(Infer *in, InferErr e) {
    if (in->err) *in->err = e;
    return false;
}

static void arg_error(Infer *in, int i, Type *par, Type *arg) {
    Type **inf = ty_unifier_inferred(in->u);
    bool none = true;
    for (int k = 0; k < in->n; k++) none &= inf[k] == NULL;
    InferErr e = {INF_ARG, i, par, arg, NULL, NULL, NULL, {0}};
    if (inf[0] == NULL && none) e.kind = INF_ARG_NONE;
    else {
        SubstMap m = {in->tps, inf, in->n};
        Type *got = ty_subst(par, m, NULL);
        if (got != par) e.kind = INF_ARG_INFERRED, e.inferred = got;
    }
    fail(in, e);
}

static bool unify_args(Infer *in, Type *params, const InferArg *args, int nargs, IntVec *untyped) {
    for (int i = 0; i < nargs; i++) {
        Type *par = params->u.tuple.vars[i]->type, *at = args[i].type;
        if (!is_param(in->tps, in->n, par) && !is_param(in->tps, in->n, at)) continue;
        if (ty_is_typed(at)) {
            if (!ty_unify(in->u, par, at, UNIFY_ASSIGN)) {
                arg_error(in, i, par, at);
                return false;
            }
        } else if (par->kind == T_TYPEPARAM && !args[i].is_nil) {
            vec_push(untyped, i);
        }
    }
    return true;
}

static bool unify_equiv(Type *x, Type *y, void *ctx) { return ty_unify(ctx, x, y, UNIFY_EXACT); }

static bool constraint_step(Infer *in, Type *tp) {
    Type *tx = ty_unifier_at(in->u, tp);
    Term core;
    bool single;
    if (core_term(tp, &core, &single)) {
        if (tx) {
            if (!ty_unify(in->u, tx, core.type, UNIFY_INEXACT))
                return fail(in, (InferErr){INF_CORE, -1, tp, tx, NULL, NULL, NULL, {0}});
        } else if (single && !core.tilde) {
            ty_unifier_set(in->u, tp, core.type);
        }
    }
    if (tx && !is_param(in->tps, in->n, tx)) {
        Missing miss;
        if (!ty_has_all_methods(tx, ty_tparam_iface(tp), true, unify_equiv, in->u, &miss))
            return fail(in, (InferErr){INF_METHODS, -1, tp, tx, NULL, NULL, NULL, miss});
    }
    return true;
}

static bool constraints(Infer *in) {
    for (;;) {
        int before = ty_unifier_unknowns(in->u);
        for (int i = 0; i < in->n; i++)
            if (!constraint_step(in, in->tps[i])) return false;
        if (ty_unifier_unknowns(in->u) == before) return true;
    }
}

static bool untyped_defaults(Infer *in, Type *params, const InferArg *args, IntVec *untyped) {
    Type **maxt = NEWARR(ty_arena(), Type *, in->n ? in->n : 1);
    for (int k = 0; k < untyped->n; k++) {
        int i = untyped->a[k];
        Type *tp = params->u.tuple.vars[i]->type;
        if (ty_unifier_at(in->u, tp)) continue;
        int j = 0;
        while (in->tps[j] != tp) j++;
        if (!maxt[j]) {
            maxt[j] = args[i].type;
            continue;
        }
        Type *m = ty_max_type(maxt[j], args[i].type);
        if (!m) return fail(in, (InferErr){INF_UNTYPED, i, tp, NULL, NULL, maxt[j], args[i].type, {0}});
        maxt[j] = m;
    }
    for (int j = 0; j < in->n; j++)
        if (maxt[j]) ty_unifier_set(in->u, in->tps[j], ty_default(maxt[j]));
    return true;
}

/* ---- cycles and simplification --------------------------------------------- */

typedef struct Cycles {
    Type **tps, **inferred;
    int n;
    Vec(Type *) path;
} Cycles;

static void cyc(Cycles *c, Type *t);

static void cyc_vars(Cycles *c, Object **vs, int n) {
    for (int i = 0; i < n; i++) cyc(c, vs[i]->type);
}

static void cyc_kind(Cycles *c, Type *t) {
    switch (t->kind) {
    case T_ARRAY: cyc(c, t->u.array.elem); break;
    case T_SLICE:
    case T_POINTER: cyc(c, t->u.ptr.elem); break;
    case T_STRUCT: cyc_vars(c, t->u.strct.fields, t->u.strct.nfields); break;
    case T_SIGNATURE:
        if (t->u.sig.params) cyc_vars(c, t->u.sig.params->u.tuple.vars, t->u.sig.params->u.tuple.n);
        if (t->u.sig.results) cyc_vars(c, t->u.sig.results->u.tuple.vars, t->u.sig.results->u.tuple.n);
        break;
    case T_UNION:
        for (int i = 0; i < t->u.uni.n; i++) cyc(c, t->u.uni.terms[i].type);
        break;
    case T_INTERFACE:
        cyc_vars(c, t->u.iface.methods, t->u.iface.nmethods);
        for (int i = 0; i < t->u.iface.nembeddeds; i++) cyc(c, t->u.iface.embeddeds[i]);
        break;
    case T_MAP: cyc(c, t->u.map.key); cyc(c, t->u.map.elem); break;
    case T_CHAN: cyc(c, t->u.chan.elem); break;
    case T_NAMED:
        for (int i = 0; i < t->u.named.ntargs; i++) cyc(c, t->u.named.targs[i]);
        break;
    case T_TYPEPARAM:
        for (int i = 0; i < c->n; i++)
            if (c->tps[i] == t && c->inferred[i]) cyc(c, c->inferred[i]);
        break;
    default: break;
    }
}

static void cyc(Cycles *c, Type *t) {
    t = ty_unalias(t);
    if (!t) return;
    for (int k = 0; k < c->path.n; k++) {
        if (c->path.a[k] != t) continue;
        for (int i = 0; i < c->n; i++)
            if (c->tps[i] == t) c->inferred[i] = NULL;
        return;
    }
    vec_push(&c->path, t);
    cyc_kind(c, t);
    c->path.n--;
}

static void kill_cycles(Type **tps, int n, Type **inferred) {
    Cycles c = {tps, inferred, n, {0}};
    for (int i = 0; i < n; i++) cyc(&c, tps[i]);
    vec_free(&c.path);
}

static void simplify(Type **tps, int n, Type **targs, int ntargs, Type **inferred) {
    IntVec dirty = {0};
    for (int i = 0; i < n; i++)
        if (inferred[i] && (i >= ntargs || !targs[i])) vec_push(&dirty, i);
    while (dirty.n) {
        SubstMap m = {tps, inferred, n};
        int k = 0;
        for (int d = 0; d < dirty.n; d++) {
            int i = dirty.a[d];
            Type *t0 = inferred[i], *t1 = ty_subst(t0, m, NULL);
            if (t1 == t0) continue;
            if (t1->kind == T_SIGNATURE && t1->u.sig.ntparams && !is_param(tps, n, t1)) t1->u.sig.ntparams = 0, t1->u.sig.tparams = NULL;
            inferred[i] = t1;
            dirty.a[k++] = i;
        }
        dirty.n = k;
    }
    vec_free(&dirty);
}

/* ---- the driver ------------------------------------------------------------------ */

static bool infer_steps(Infer *in, Type *params, const InferArg *args, int nargs) {
    IntVec untyped = {0};
    bool ok = unify_args(in, params, args, nargs, &untyped) && constraints(in) &&
              untyped_defaults(in, params, args, &untyped);
    vec_free(&untyped);
    return ok;
}

Type **ty_infer(Type **tparams, int n, Type **targs, int ntargs, Type *params, const InferArg *args, int nargs,
                bool go121, InferErr *err) {
    if (err) memset(err, 0, sizeof *err), err->arg = -1;
    bool complete = ntargs == n;
    for (int i = 0; complete && i < n; i++) complete = targs[i] != NULL;
    if (complete) return targs;
    Type **full = NEWARR(ty_arena(), Type *, n);
    for (int i = 0; i < ntargs; i++) full[i] = targs[i];
    if (nargs > 0) params = ty_subst(params, (SubstMap){tparams, full, n}, NULL);
    Infer in = {tparams, n, ty_unifier_new(tparams, n, full, n, go121), err};
    Type **inferred = NULL;
    if (infer_steps(&in, params, args, nargs)) {
        inferred = ty_unifier_inferred(in.u);
        kill_cycles(tparams, n, inferred);
        simplify(tparams, n, full, n, inferred);
        for (int i = 0; i < n && inferred; i++)
            if (!inferred[i] || is_param(tparams, n, inferred[i])) {
                fail(&in, (InferErr){INF_CANNOT_INFER, -1, tparams[i], NULL, NULL, NULL, NULL, {0}});
                inferred = NULL;
            }
    }
    ty_unifier_free(in.u);
    return inferred;
}
