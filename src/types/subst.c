/* subst.c: substituting types for type parameters (go/types' subst).
 * Every type kind is walked; a composite type is copied only when one of
 * its parts changed, so an unaffected type comes back as the same pointer.
 * Named and Alias instances are re-instantiated (through the context) with
 * substituted type arguments. A generic signature that is not itself being
 * instantiated gets fresh type parameters, so one function's parameters
 * never leak into another's. */
#include "types/types.h"

#include <string.h>

static uint32_t next_tparam_seq;

Type *ty_typeparam(Object *obj, Type *bound, int index) {
    Type *t = ty_new(T_TYPEPARAM);
    t->u.tparam.obj = obj;
    t->u.tparam.bound = bound;
    t->u.tparam.index = index;
    t->u.tparam.seq = ++next_tparam_seq;
    if (obj && !obj->type) obj->type = t;
    return t;
}

typedef struct Subster {
    SubstMap m;
    TyContext *ctx;
} Subster;

static Type *subst(Subster *s, Type *t);

static Type *lookup(SubstMap *m, Type *tp) {
    for (int i = 0; i < m->n; i++)
        if (m->tparams[i] == tp) return m->targs[i] ? m->targs[i] : tp;
    return tp;
}

/* A copy of a field, parameter or method with a new type; it remembers
 * its generic origin. */
static Object *clone_obj(Object *o, Type *t) {
    Object *c = obj_new(o->kind, o->pos, o->pkg, o->name, t);
    c->parent = o->parent;
    c->exported = o->exported;
    c->u = o->u;
    if (o->kind == OBJ_VAR) c->u.var.origin = o->u.var.origin ? o->u.var.origin : o;
    if (o->kind == OBJ_FUNC) c->u.func.origin = o->u.func.origin ? o->u.func.origin : o;
    return c;
}

/* Substitute in a list of objects; NULL when nothing changed. */
static Object **subst_objs(Subster *s, Object **in, int n) {
    Object **out = NULL;
    for (int i = 0; i < n; i++) {
        Type *t = in[i]->type ? subst(s, in[i]->type) : NULL;
        if (t == in[i]->type) continue;
        if (!out) out = arena_dup(ty_arena(), in, sizeof(Object *) * (size_t)n);
        out[i] = clone_obj(in[i], t);
    }
    return out;
}

static Type **subst_types(Subster *s, Type **in, int n) {
    Type **out = NULL;
    for (int i = 0; i < n; i++) {
        Type *t = subst(s, in[i]);
        if (t == in[i]) continue;
        if (!out) out = arena_dup(ty_arena(), in, sizeof(Type *) * (size_t)n);
        out[i] = t;
    }
    return out;
}

static Type *subst_tuple(Subster *s, Type *t) {
    if (!t) return t;
    Object **vars = subst_objs(s, t->u.tuple.vars, t->u.tuple.n);
    return vars ? ty_tuple(vars, t->u.tuple.n) : t;
}

static Type *copy_type(Type *t) {
    Type *c = ty_new(t->kind);
    c->u = t->u;
    return c;
}

/* Fresh type parameters for a generic signature not being instantiated. */
static Type **fresh_tparams(Subster *s, Type **tps, int n, Subster *inner) {
    inner->ctx = s->ctx;
    inner->m.n = s->m.n + n;
    inner->m.tparams = NEWARR(ty_arena(), Type *, inner->m.n);
    inner->m.targs = NEWARR(ty_arena(), Type *, inner->m.n);
    memcpy(inner->m.tparams, s->m.tparams, sizeof(Type *) * (size_t)s->m.n);
    memcpy(inner->m.targs, s->m.targs, sizeof(Type *) * (size_t)s->m.n);
    Type **fresh = NEWARR(ty_arena(), Type *, n);
    for (int i = 0; i < n; i++) {
        Object *o = tps[i]->u.tparam.obj;
        Object *no = obj_new(OBJ_TYPENAME, o->pos, o->pkg, o->name, NULL);
        no->u.tname.is_tparam = true;
        fresh[i] = ty_typeparam(no, NULL, tps[i]->u.tparam.index);
        inner->m.tparams[s->m.n + i] = tps[i];
        inner->m.targs[s->m.n + i] = fresh[i];
    }
    for (int i = 0; i < n; i++) fresh[i]->u.tparam.bound = ty_subst(tps[i]->u.tparam.bound, inner->m, s->ctx);
    return fresh;
}

static Type *subst_sig(Subster *s, Type *t) {
    Type **tparams = t->u.sig.tparams;
    Subster inner = *s, *use = s;
    int n = t->u.sig.ntparams;
    if (n > 0 && lookup(&s->m, tparams[0]) == tparams[0]) {
        tparams = fresh_tparams(s, tparams, n, &inner);
        use = &inner;
    }
    Type *params = subst_tuple(use, t->u.sig.params);
    Type *results = subst_tuple(use, t->u.sig.results);
    if (params == t->u.sig.params && results == t->u.sig.results && tparams == t->u.sig.tparams) return t;
    Type *c = copy_type(t);
    c->u.sig.tparams = tparams;
    c->u.sig.params = params;
    c->u.sig.results = results;
    return c;
}

/* Methods whose receiver has type old get a copy with receiver type new. */
static Object **replace_recv(Object **in, int n, Type *old, Type *new_) {
    Object **out = in;
    for (int i = 0; i < n; i++) {
        Type *sig = in[i]->type;
        Object *recv = sig ? sig->u.sig.recv : NULL;
        if (!recv || recv->type != old) continue;
        if (out == in) out = arena_dup(ty_arena(), in, sizeof(Object *) * (size_t)n);
        Type *ns = copy_type(sig);
        ns->u.sig.recv = clone_obj(recv, new_);
        out[i] = clone_obj(in[i], ns);
    }
    return out;
}

static Type *subst_iface(Subster *s, Type *t) {
    Object **methods = subst_objs(s, t->u.iface.methods, t->u.iface.nmethods);
    Type **embeddeds = subst_types(s, t->u.iface.embeddeds, t->u.iface.nembeddeds);
    if (!methods && !embeddeds) return t;
    Type *c = copy_type(t);
    c->u.iface.tset = NULL;
    if (embeddeds) c->u.iface.embeddeds = embeddeds;
    c->u.iface.methods = replace_recv(methods ? methods : t->u.iface.methods, t->u.iface.nmethods, t, c);
    return c;
}

static Type *subst_union(Subster *s, Type *t) {
    Term *terms = NULL;
    for (int i = 0; i < t->u.uni.n; i++) {
        Type *nt = subst(s, t->u.uni.terms[i].type);
        if (nt == t->u.uni.terms[i].type) continue;
        if (!terms) terms = arena_dup(ty_arena(), t->u.uni.terms, sizeof(Term) * (size_t)t->u.uni.n);
        terms[i].type = nt;
    }
    if (!terms) return t;
    Type *c = copy_type(t);
    c->u.uni.terms = terms;
    return c;
}

static Type *subst_instance(Subster *s, Type *t, Type *orig, Type **targs, int ntargs, int ntparams) {
    if (ntparams == 0) return t;
    if (ntargs != ntparams) return ty_basic[B_INVALID];
    Type **nargs = subst_types(s, targs, ntargs);
    if (!nargs) return t;
    Type *r = ty_instantiate(orig, nargs, ntargs, s->ctx);
    return r ? r : ty_basic[B_INVALID];
}

static Type *subst_elem(Type *t, Type *elem, Type *nelem) {
    if (nelem == elem) return t;
    Type *c = copy_type(t);
    c->u.ptr.elem = nelem; /* T_POINTER, T_SLICE, T_ARRAY, T_CHAN share the slot */
    return c;
}

static Type *subst(Subster *s, Type *t) {
    if (!t) return ty_basic[B_INVALID];
    switch (t->kind) {
    case T_BASIC: return t;
    case T_TYPEPARAM: return lookup(&s->m, t);
    case T_POINTER:
    case T_SLICE: return subst_elem(t, t->u.ptr.elem, subst(s, t->u.ptr.elem));
    case T_ARRAY: return subst_elem(t, t->u.array.elem, subst(s, t->u.array.elem));
    case T_CHAN: return subst_elem(t, t->u.chan.elem, subst(s, t->u.chan.elem));
    case T_STRUCT: {
        Object **fields = subst_objs(s, t->u.strct.fields, t->u.strct.nfields);
        if (!fields) return t;
        Type *c = copy_type(t);
        c->u.strct.fields = fields;
        return c;
    }
    case T_TUPLE: return subst_tuple(s, t);
    case T_SIGNATURE: return subst_sig(s, t);
    case T_UNION: return subst_union(s, t);
    case T_INTERFACE: return subst_iface(s, t);
    case T_MAP: {
        Type *k = subst(s, t->u.map.key), *e = subst(s, t->u.map.elem);
        if (k == t->u.map.key && e == t->u.map.elem) return t;
        return ty_map(k, e);
    }
    case T_NAMED: {
        Type *o = t->u.named.orig;
        return subst_instance(s, t, o, t->u.named.targs, t->u.named.ntargs, o->u.named.ntparams);
    }
    case T_ALIAS: {
        Type *o = t->u.alias.orig;
        return subst_instance(s, t, o, t->u.alias.targs, t->u.alias.ntargs, o->u.alias.ntparams);
    }
    default: die("subst of %s", ty_kind_name(t->kind));
    }
}

Type *ty_subst(Type *t, SubstMap m, TyContext *ctx) {
    if (m.n == 0) return t;
    Subster s = {m, ctx ? ctx : ty_context()};
    return subst(&s, t);
}
