/* instantiate.c: instances of generic types and functions, their lazy
 * expansion, and checking type arguments against constraints.
 * A Named instance records its origin and type arguments; its underlying
 * type is the origin's with the arguments substituted, computed when first
 * asked for (the origin may not be resolved when the instance is made), and
 * its methods are the origin's, each substituted on first use with the
 * receiver rewritten to the instance. The context makes identical
 * instantiations one Type*. implements/verify follow go/types, including
 * Go 1.20's rule that a spec-comparable type satisfies comparable. */
#include "types/types.h"

#include <string.h>


Type *ty_origin(Type *t) {
    if (t && t->kind == T_NAMED) return t->u.named.orig;
    if (t && t->kind == T_ALIAS) return t->u.alias.orig;
    return t;
}

static Type **dup_types(Type **ts, int n) {
    return n ? arena_dup(ty_arena(), ts, sizeof(Type *) * (size_t)n) : NULL;
}

static Type *new_named_instance(Type *orig, Type **targs, int n) {
    Type *t = ty_new(T_NAMED);
    t->u.named.obj = orig->u.named.obj;
    t->u.named.orig = orig;
    t->u.named.tparams = orig->u.named.tparams;
    t->u.named.ntparams = orig->u.named.ntparams;
    t->u.named.targs = dup_types(targs, n);
    t->u.named.ntargs = n;
    return t;
}

static Type *new_alias_instance(Type *orig, Type **targs, int n, TyContext *ctx) {
    Type *t = ty_new(T_ALIAS);
    t->u.alias.obj = orig->u.alias.obj;
    t->u.alias.orig = orig;
    t->u.alias.tparams = orig->u.alias.tparams;
    t->u.alias.ntparams = orig->u.alias.ntparams;
    t->u.alias.targs = dup_types(targs, n);
    t->u.alias.ntargs = n;
    SubstMap m = {orig->u.alias.tparams, t->u.alias.targs, n};
    t->u.alias.rhs = ty_subst(orig->u.alias.rhs, m, ctx);
    return t;
}

static Type *instantiate_sig(Type *orig, Type **targs, int n, TyContext *ctx) {
    SubstMap m = {orig->u.sig.tparams, dup_types(targs, n), n};
    Type *sig = ty_subst(orig, m, ctx);
    if (sig == orig) {
        sig = ty_new(T_SIGNATURE);
        sig->u = orig->u;
    }
    sig->u.sig.tparams = NULL;
    sig->u.sig.ntparams = 0;
    return sig;
}

Type *ty_instantiate(Type *orig, Type **targs, int n, TyContext *ctx) {
    if (!ctx) ctx = ty_context();
    int want = orig->kind == T_NAMED ? orig->u.named.ntparams
             : orig->kind == T_ALIAS ? orig->u.alias.ntparams
             : orig->kind == T_SIGNATURE ? orig->u.sig.ntparams : -1;
    if (want != n) return NULL;
    if (n == 0) return orig;
    Type *inst = ty_context_lookup(ctx, orig, targs, n);
    if (inst) return inst;
    switch (orig->kind) {
    case T_NAMED: inst = new_named_instance(orig, targs, n); break;
    case T_ALIAS: inst = new_alias_instance(orig, targs, n, ctx); break;
    default: inst = instantiate_sig(orig, targs, n, ctx); break;
    }
    return ty_context_update(ctx, orig, targs, n, inst);
}

/* ---- lazy expansion of Named instances ----------------------------------- */

static SubstMap inst_map(Type *t) {
    return (SubstMap){t->u.named.orig->u.named.tparams, t->u.named.targs, t->u.named.ntargs};
}

/* The methods of an interface underlying the origin name the origin as
 * receiver; the instance's copy names its own interface. */
static Type *fix_iface_recv(Type *orig, Type *ou, Type *u) {
    if (u->kind != T_INTERFACE) return u;
    for (int i = 0; i < u->u.iface.nmethods; i++) {
        Object *m = u->u.iface.methods[i];
        Object *recv = m->type ? m->type->u.sig.recv : NULL;
        if (!recv || recv->type != orig) continue;
        if (u == ou) {
            Type *c = ty_new(T_INTERFACE);
            c->u = u->u;
            u = c;
        }
        u->u.iface.tset = NULL;
        Object **ms = arena_dup(ty_arena(), u->u.iface.methods, sizeof(Object *) * (size_t)u->u.iface.nmethods);
        for (int k = 0; k < u->u.iface.nmethods; k++) {
            Object *mk = ms[k];
            Object *rk = mk->type ? mk->type->u.sig.recv : NULL;
            if (!rk || rk->type != orig) continue;
            Type *sig = ty_new(T_SIGNATURE);
            sig->u = mk->type->u;
            Object *nr = obj_var(VK_RECV, rk->pos, rk->pkg, rk->name, u);
            nr->u.var.origin = rk;
            sig->u.sig.recv = nr;
            Object *nm = obj_new(OBJ_FUNC, mk->pos, mk->pkg, mk->name, sig);
            nm->u.func = mk->u.func;
            nm->u.func.origin = mk->u.func.origin ? mk->u.func.origin : mk;
            ms[k] = nm;
        }
        u->u.iface.methods = ms;
        break;
    }
    return u;
}

Type *ty_named_underlying(Type *t) {
    if (t->u.named.underlying || t->u.named.orig == t) return t->u.named.underlying;
    Type *orig = t->u.named.orig;
    Type *ou = ty_named_underlying(orig);
    if (!ou) return NULL; /* origin not resolved yet: try again later */
    t->u.named.underlying = ty_basic[B_INVALID]; /* guard against cycles */
    Type *u = ty_subst(ou, inst_map(t), ty_context());
    t->u.named.underlying = fix_iface_recv(orig, ou, u);
    return t->u.named.underlying;
}

int ty_named_nmethods(Type *t) { return t->u.named.orig->u.named.nmethods; }

static Object *expand_method(Type *t, Object *om) {
    ty_need_type(om);
    Type *os = om->type;
    if (!os) die("expand_method: %s has no type", om->name->s);
    Type *ns = os;
    if (os->u.sig.nrtparams == t->u.named.ntargs) {
        SubstMap m = {os->u.sig.rtparams, t->u.named.targs, t->u.named.ntargs};
        ns = ty_subst(os, m, ty_context());
    }
    if (ns == os) {
        ns = ty_new(T_SIGNATURE);
        ns->u = os->u;
    }
    Object *or = os->u.sig.recv;
    Type *rt = om->u.func.has_ptr_recv ? ty_pointer(t) : t;
    Object *nr = obj_var(VK_RECV, or ? or->pos : om->pos, or ? or->pkg : om->pkg, or ? or->name : intern_cstr(""), rt);
    nr->u.var.origin = or;
    ns->u.sig.recv = nr;
    ns->u.sig.rtparams = NULL;
    ns->u.sig.nrtparams = 0;
    Object *m = obj_new(OBJ_FUNC, om->pos, om->pkg, om->name, ns);
    m->parent = om->parent;
    m->u.func = om->u.func;
    m->u.func.origin = om->u.func.origin ? om->u.func.origin : om;
    return m;
}

Object *ty_named_method(Type *t, int i) {
    Type *orig = t->u.named.orig;
    if (orig == t) return t->u.named.methods[i];
    int n = orig->u.named.nmethods;
    if (t->u.named.nmethods < n) { /* the origin gained methods */
        Object **ms = NEWARR(ty_arena(), Object *, n);
        if (t->u.named.nmethods) memcpy(ms, t->u.named.methods, sizeof(Object *) * (size_t)t->u.named.nmethods);
        t->u.named.methods = ms;
        t->u.named.nmethods = n;
    }
    if (!t->u.named.methods[i]) t->u.named.methods[i] = expand_method(t, orig->u.named.methods[i]);
    return t->u.named.methods[i];
}

Object *ty_named_lookup_method(Type *t, const Package *pkg, const Sym *name, bool fold_case, int *index) {
    if (name->len == 1 && name->s[0] == '_') return NULL;
    Type *orig = t->u.named.orig;
    for (int i = 0; i < orig->u.named.nmethods; i++)
        if (obj_same_id(orig->u.named.methods[i], pkg, name, fold_case)) {
            if (index) *index = i;
            return ty_named_method(t, i);
        }
    return NULL;
}

/* ---- implements and verify -------------------------------------------------- */

static bool mentions(Type *t, Type *typ) {
    if (t->kind == T_INTERFACE) {
        for (int i = 0; i < t->u.iface.nembeddeds; i++)
            if (mentions(t->u.iface.embeddeds[i], typ)) return true;
        return false;
    }
    if (t->kind == T_UNION) {
        for (int i = 0; i < t->u.uni.n; i++)
            if (mentions(t->u.uni.terms[i].type, typ)) return true;
        return false;
    }
    return ty_identical(t, typ);
}

static bool fail(ImplCause *c, ImplKind k) {
    if (c) c->kind = k;
    return false;
}

static bool check_comparable(Type *v, TypeSet *ts, bool constraint, ImplCause *c) {
    if (!ts_is_comparable(ts)) return true;
    if (ty_strictly_comparable(v)) return true;
    if (constraint && ty_is_comparable(v)) return true; /* Go 1.20+ */
    return fail(c, IMPL_NOT_COMPARABLE);
}

/* V must lie in one of T's terms. */
static bool check_terms(Type *v, Type *ti, TypeSet *ts, ImplCause *c) {
    Type *alt = NULL;
    for (int i = 0; i < ts->nterms; i++) {
        Term x = ts->terms[i];
        if (term_includes(x, v)) return true;
        if (!alt && !x.tilde && ty_identical(x.type, ty_underlying(x.type))) {
            Term tt = {true, x.type};
            if (term_includes(tt, v)) alt = x.type;
        }
    }
    if (c) {
        c->alt = alt;
        c->kind = alt ? IMPL_MISSING_TILDE : mentions(ti, v) ? IMPL_MENTIONS : IMPL_NOT_IN_SET;
    }
    return false;
}

bool ty_implements(Type *v, Type *t, bool constraint, ImplCause *c) {
    if (c) memset(c, 0, sizeof *c);
    Type *vu = ty_under(v), *tu = ty_under(t);
    if (!ty_is_valid(vu) || !ty_is_valid(tu)) return true;
    if (vu->kind == T_POINTER && !ty_is_valid(ty_underlying(vu->u.ptr.elem))) return true;
    if (tu->kind != T_INTERFACE) return fail(c, ty_is_interface_ptr(tu) ? IMPL_IFACE_PTR : IMPL_NOT_IFACE);
    TypeSet *ts = ts_of(tu);
    if (ts_is_all(ts)) return true; /* Ti.Empty() */
    Type *vi = vu->kind == T_INTERFACE ? vu : NULL;
    if (vi && ts_is_empty(ts_of(vi))) return true;
    if (ts_is_empty(ts)) return fail(c, IMPL_EMPTY_TYPESET);
    Missing miss;
    if (!ty_has_all_methods(v, t, true, NULL, NULL, &miss)) {
        if (c) c->miss = miss;
        return fail(c, IMPL_MISSING);
    }
    if (!ts_has_terms(ts)) return check_comparable(v, ts, constraint, c);
    if (vi) {
        if (!ts_subset_of(ts_of(vi), ts)) return fail(c, IMPL_NOT_SUBSET);
        return check_comparable(v, ts, constraint, c);
    }
    if (!check_terms(v, tu, ts, c)) return false;
    return check_comparable(v, ts, constraint, c);
}

int ty_verify(Type **tparams, Type **targs, int n, TyContext *ctx, ImplCause *cause) {
    SubstMap m = {tparams, targs, n};
    for (int i = 0; i < n; i++) {
        ty_tparam_iface(tparams[i]);
        Type *bound = ty_subst(tparams[i]->u.tparam.bound, m, ctx);
        if (!ty_implements(targs[i], bound, true, cause)) return i;
    }
    return -1;
}
