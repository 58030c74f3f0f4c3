/* identical.c: type identity as the spec and go/types define it.
 * Aliases are looked through; Named types are identical when they have the
 * same origin and identical type arguments; type parameters only to
 * themselves; interfaces when their type sets agree (comparable bit, terms,
 * methods by Id and identical signature); generic signatures after renaming
 * y's type parameters to x's. A chain of interface pairs under comparison
 * stops the recursion through self-referential interfaces. */
#include "types/types.h"

typedef struct IfacePair {
    Type *x, *y;
    struct IfacePair *prev;
} IfacePair;

typedef struct Comparer {
    bool ignore_tags;
} Comparer;

static bool identical(Comparer *c, Type *x, Type *y, IfacePair *p);

static Sym *tag_of(Type *s, int i) {
    Sym *t = s->u.strct.tags ? s->u.strct.tags[i] : NULL;
    return t && t->len ? t : NULL;
}

static bool ident_struct(Comparer *c, Type *x, Type *y, IfacePair *p) {
    if (x->u.strct.nfields != y->u.strct.nfields) return false;
    for (int i = 0; i < x->u.strct.nfields; i++) {
        Object *f = x->u.strct.fields[i], *g = y->u.strct.fields[i];
        if (f->u.var.embedded != g->u.var.embedded) return false;
        if (!c->ignore_tags && tag_of(x, i) != tag_of(y, i)) return false;
        if (!obj_same_id(f, g->pkg, g->name, false)) return false;
        if (!identical(c, f->type, g->type, p)) return false;
    }
    return true;
}

static bool ident_tuple(Comparer *c, Type *x, Type *y, IfacePair *p) {
    int nx = x ? x->u.tuple.n : 0, ny = y ? y->u.tuple.n : 0;
    if (nx != ny) return false;
    for (int i = 0; i < nx; i++)
        if (!identical(c, x->u.tuple.vars[i]->type, y->u.tuple.vars[i]->type, p)) return false;
    return true;
}

static bool ident_sig(Comparer *c, Type *x, Type *y, IfacePair *p) {
    int n = x->u.sig.ntparams;
    if (n != y->u.sig.ntparams) return false;
    Type *yparams = y->u.sig.params, *yresults = y->u.sig.results;
    if (n > 0) {
        SubstMap m = {y->u.sig.tparams, x->u.sig.tparams, n};
        TyContext *ctx = ty_context();
        for (int i = 0; i < n; i++) {
            Type *yb = ty_subst(y->u.sig.tparams[i]->u.tparam.bound, m, ctx);
            if (!identical(c, x->u.sig.tparams[i]->u.tparam.bound, yb, p)) return false;
        }
        yparams = ty_subst(yparams, m, ctx);
        yresults = ty_subst(yresults, m, ctx);
    }
    return x->u.sig.variadic == y->u.sig.variadic && ident_tuple(c, x->u.sig.params, yparams, p) &&
           ident_tuple(c, x->u.sig.results, yresults, p);
}

static bool ident_iface(Comparer *c, Type *x, Type *y, IfacePair *p) {
    TypeSet *xs = ts_of(x), *ys = ts_of(y);
    if (xs->comparable != ys->comparable) return false;
    if (!tl_equal(ts_terms(xs), ts_terms(ys))) return false;
    if (xs->nmethods != ys->nmethods) return false;
    IfacePair q = {x, y, p};
    for (IfacePair *r = p; r; r = r->prev)
        if ((r->x == x && r->y == y) || (r->x == y && r->y == x)) return true;
    for (int i = 0; i < xs->nmethods; i++) {
        Object *f = xs->methods[i], *g = ys->methods[i];
        if (obj_id(f) != obj_id(g) || !identical(c, f->type, g->type, &q)) return false;
    }
    return true;
}

static bool ident_named(Type *x, Type *y) {
    if (x->u.named.ntargs != y->u.named.ntargs) return false;
    for (int i = 0; i < x->u.named.ntargs; i++)
        if (!ty_identical(x->u.named.targs[i], y->u.named.targs[i])) return false;
    return x->u.named.orig->u.named.obj == y->u.named.orig->u.named.obj;
}

static bool identical(Comparer *c, Type *x, Type *y, IfacePair *p) {
    x = ty_unalias(x);
    y = ty_unalias(y);
    if (x == y) return true;
    if (!x || !y || x->kind != y->kind) return false;
    switch (x->kind) {
    case T_BASIC: return x->u.basic.kind == y->u.basic.kind;
    case T_ARRAY:
        return (x->u.array.len < 0 || y->u.array.len < 0 || x->u.array.len == y->u.array.len) &&
               identical(c, x->u.array.elem, y->u.array.elem, p);
    case T_SLICE:
    case T_POINTER: return identical(c, x->u.ptr.elem, y->u.ptr.elem, p);
    case T_STRUCT: return ident_struct(c, x, y, p);
    case T_TUPLE: return ident_tuple(c, x, y, p);
    case T_SIGNATURE: return ident_sig(c, x, y, p);
    case T_UNION: return tl_equal(ts_terms(ts_of_union(x, NULL)), ts_terms(ts_of_union(y, NULL)));
    case T_INTERFACE: return ident_iface(c, x, y, p);
    case T_MAP: return identical(c, x->u.map.key, y->u.map.key, p) && identical(c, x->u.map.elem, y->u.map.elem, p);
    case T_CHAN: return x->u.chan.dir == y->u.chan.dir && identical(c, x->u.chan.elem, y->u.chan.elem, p);
    case T_NAMED: return ident_named(x, y);
    default: return false; /* type parameters: only by pointer */
    }
}

bool ty_identical(Type *x, Type *y) {
    Comparer c = {false};
    return identical(&c, x, y, NULL);
}

bool ty_identical_ignore_tags(Type *x, Type *y) {
    Comparer c = {true};
    return identical(&c, x, y, NULL);
}
