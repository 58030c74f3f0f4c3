/* unify.c: go/types' unifier, the engine of type inference.
 * Each type parameter being inferred has a handle, a slot holding its
 * inferred type (NULL while unknown); joined parameters share one slot.
 * Unifying x with y walks both in parallel, binding parameters as they are
 * met. Inexact mode (the default for arguments) lets a defined type match
 * a type literal by its underlying type and ignores channel directions;
 * assign mode allows that at the top only; exact requires identity. From
 * Go 1.21, interfaces unify inexactly by their shared methods, and a type
 * parameter outside the inference unifies through its common underlying
 * type. */
#include "types/types.h"

#include <string.h>

#define DEPTH_LIMIT 50

struct Unifier {
    Type **tparams;
    Type ***handles; /* per tparam: the slot it uses */
    int n;
    int depth;
    bool iface_inference;
};

Unifier *ty_unifier_new(Type **tparams, int n, Type **targs, int ntargs, bool iface_inference) {
    Unifier *u = xmalloc(sizeof *u);
    u->tparams = tparams;
    u->n = n;
    u->depth = 0;
    u->iface_inference = iface_inference;
    u->handles = xmalloc(sizeof(Type **) * (size_t)(n ? n : 1));
    Type **slots = NEWARR(ty_arena(), Type *, n ? n : 1);
    for (int i = 0; i < n; i++) {
        slots[i] = i < ntargs ? targs[i] : NULL;
        u->handles[i] = &slots[i];
    }
    return u;
}

void ty_unifier_free(Unifier *u) {
    if (!u) return;
    free(u->handles);
    free(u);
}

static int index_of(Unifier *u, Type *tp) {
    for (int i = 0; i < u->n; i++)
        if (u->tparams[i] == tp) return i;
    return -1;
}

/* The index of x if it is one of the parameters being inferred, else -1. */
static int bound_tparam(Unifier *u, Type *x) {
    x = ty_unalias(x);
    return x && x->kind == T_TYPEPARAM ? index_of(u, x) : -1;
}

Type *ty_unifier_at(Unifier *u, Type *tp) {
    int i = index_of(u, tp);
    return i < 0 ? NULL : *u->handles[i];
}

void ty_unifier_set(Unifier *u, Type *tp, Type *t) {
    int i = index_of(u, tp);
    if (i < 0 || !t) die("unifier: bad set");
    *u->handles[i] = t;
}

int ty_unifier_unknowns(Unifier *u) {
    int n = 0;
    for (int i = 0; i < u->n; i++) n += *u->handles[i] == NULL;
    return n;
}

Type **ty_unifier_inferred(Unifier *u) {
    Type **r = NEWARR(ty_arena(), Type *, u->n ? u->n : 1);
    for (int i = 0; i < u->n; i++) r[i] = *u->handles[i];
    return r;
}

static void set_handle(Unifier *u, int x, Type **h) {
    Type **hx = u->handles[x];
    for (int i = 0; i < u->n; i++)
        if (u->handles[i] == hx) u->handles[i] = h;
}

/* Make x and y share a slot; false if both already have (different) types. */
static bool join(Unifier *u, int x, int y) {
    Type **hx = u->handles[x], **hy = u->handles[y];
    if (hx == hy) return true;
    if (*hx && *hy) return false;
    if (*hx) set_handle(u, y, hx);
    else set_handle(u, x, hy);
    return true;
}

static Type *as_named(Type *t) {
    t = ty_unalias(t);
    return t && t->kind == T_NAMED ? t : NULL;
}

static Type *as_interface(Type *t) {
    if (ty_is_typeparam(t)) return NULL;
    Type *u = ty_underlying(t);
    return u && u->kind == T_INTERFACE ? u : NULL;
}

typedef struct Pair {
    Type *x, *y;
    struct Pair *prev;
} Pair;

static bool seen_pair(Pair *p, Type *x, Type *y) {
    for (; p; p = p->prev)
        if ((p->x == x && p->y == y) || (p->x == y && p->y == x)) return true;
    return false;
}

static bool nify(Unifier *u, Type *x, Type *y, int mode, Pair *p);

/* x is a bound parameter px that already has a type: check it against y,
 * possibly replacing it by a more specific y (a defined type, a directed
 * channel). */
static bool nify_known(Unifier *u, int px, Type *x, Type *y, int mode, Pair *p) {
    if (!nify(u, x, y, mode, p)) return false;
    Type *xi = as_interface(x), *yi = as_interface(y);
    bool xn = as_named(x) != NULL, yn = as_named(y) != NULL;
    if (xi && yi) {
        if (xn && yn) return ty_identical(x, y);
        if (ts_of(xi)->nmethods != ts_of(yi)->nmethods) return false;
    } else if (xi || yi) {
        return false;
    }
    if (!(mode & UNIFY_EXACT)) {
        if (xn) return true;
        if (yn) {
            *u->handles[px] = y;
        } else {
            Type *yc = ty_underlying(y);
            if (yc && yc->kind == T_CHAN && yc->u.chan.dir != CHAN_BOTH) *u->handles[px] = y;
        }
    }
    return true;
}

/* Inexact unification of interfaces (go1.21+). *done tells whether this
 * step decided the result. */
static bool nify_ifaces(Unifier *u, Type *x, Type *y, Pair *p, bool *done) {
    Type *xi = as_interface(x), *yi = as_interface(y);
    *done = true;
    if (xi && yi) {
        TypeSet *xs = ts_of(xi), *ys = ts_of(yi);
        if (xs->comparable != ys->comparable || !tl_equal(ts_terms(xs), ts_terms(ys))) return false;
        if (seen_pair(p, xi, yi)) return true;
        Pair q = {xi, yi, p};
        if (xs->nmethods > ys->nmethods) {
            TypeSet *t = xs;
            xs = ys, ys = t;
        }
        for (int i = 0; i < xs->nmethods; i++) {
            Object *xm = xs->methods[i];
            Object *ym = ts_lookup_method(ys, xm->pkg, xm->name, false, NULL);
            if (!ym || obj_id(ym) != obj_id(xm) || !nify(u, xm->type, ym->type, UNIFY_EXACT, &q)) return false;
        }
        return true;
    }
    if (yi) {
        xi = yi;
        y = x;
    }
    if (xi) {
        TypeSet *xs = ts_of(xi);
        for (int i = 0; i < xs->nmethods; i++) {
            Object *xm = xs->methods[i];
            Lookup r = ty_lookup_field_or_method(y, false, xm->pkg, xm->name);
            Object *ym = r.obj && r.obj->kind == OBJ_FUNC ? r.obj : NULL;
            if (!ym || ym->type->u.sig.ntparams || !nify(u, xm->type, ym->type, UNIFY_EXACT, p)) return false;
        }
        return true;
    }
    *done = false;
    return false;
}

static bool nify_tuple(Unifier *u, Type *x, Type *y, int mode, Pair *p) {
    int nx = x ? x->u.tuple.n : 0, ny = y ? y->u.tuple.n : 0;
    if (nx != ny) return false;
    for (int i = 0; i < nx; i++)
        if (!nify(u, x->u.tuple.vars[i]->type, y->u.tuple.vars[i]->type, mode, p)) return false;
    return true;
}

static bool nify_struct(Unifier *u, Type *x, Type *y, int emode, Pair *p) {
    if (x->u.strct.nfields != y->u.strct.nfields) return false;
    for (int i = 0; i < x->u.strct.nfields; i++) {
        Object *f = x->u.strct.fields[i], *g = y->u.strct.fields[i];
        Sym *tf = x->u.strct.tags ? x->u.strct.tags[i] : NULL, *tg = y->u.strct.tags ? y->u.strct.tags[i] : NULL;
        if (tf && !tf->len) tf = NULL;
        if (tg && !tg->len) tg = NULL;
        if (f->u.var.embedded != g->u.var.embedded || tf != tg || !obj_same_id(f, g->pkg, g->name, false) ||
            !nify(u, f->type, g->type, emode, p))
            return false;
    }
    return true;
}

static bool nify_iface_exact(Unifier *u, Type *x, Type *y, Pair *p) {
    TypeSet *xs = ts_of(x), *ys = ts_of(y);
    if (xs->comparable != ys->comparable || !tl_equal(ts_terms(xs), ts_terms(ys))) return false;
    if (xs->nmethods != ys->nmethods) return false;
    if (seen_pair(p, x, y)) return true;
    Pair q = {x, y, p};
    for (int i = 0; i < xs->nmethods; i++) {
        Object *f = xs->methods[i], *g = ys->methods[i];
        if (obj_id(f) != obj_id(g) || !nify(u, f->type, g->type, UNIFY_EXACT, &q)) return false;
    }
    return true;
}

static bool nify_named(Unifier *u, Type *x, Type *y, int mode, Pair *p) {
    if (x->u.named.ntargs != y->u.named.ntargs) return false;
    for (int i = 0; i < x->u.named.ntargs; i++)
        if (!nify(u, x->u.named.targs[i], y->u.named.targs[i], mode, p)) return false;
    return x->u.named.orig->u.named.obj == y->u.named.orig->u.named.obj;
}

/* The structural comparison, once bound parameters are dealt with. */
static bool nify_struct_kinds(Unifier *u, Type *xorig, Type *yorig, int mode, Pair *p) {
    int emode = mode & UNIFY_ASSIGN ? mode | UNIFY_EXACT : mode;
    Type *x = ty_unalias(xorig), *y = ty_unalias(yorig);
    if (x->kind == T_TYPEPARAM) {
        Type *cx = ty_common_under(x, NULL, NULL, NULL, NULL, NULL);
        return cx && nify(u, cx, yorig, UNIFY_ASSIGN, p);
    }
    if (x->kind != y->kind) return false;
    switch (x->kind) {
    case T_BASIC: return x->u.basic.kind == y->u.basic.kind;
    case T_ARRAY:
        return (x->u.array.len < 0 || y->u.array.len < 0 || x->u.array.len == y->u.array.len) &&
               nify(u, x->u.array.elem, y->u.array.elem, emode, p);
    case T_SLICE:
    case T_POINTER: return nify(u, x->u.ptr.elem, y->u.ptr.elem, emode, p);
    case T_STRUCT: return nify_struct(u, x, y, emode, p);
    case T_TUPLE: return nify_tuple(u, x, y, mode, p);
    case T_SIGNATURE:
        return x->u.sig.variadic == y->u.sig.variadic && nify(u, x->u.sig.params, y->u.sig.params, emode, p) &&
               nify(u, x->u.sig.results, y->u.sig.results, emode, p);
    case T_INTERFACE: return nify_iface_exact(u, x, y, p);
    case T_MAP: return nify(u, x->u.map.key, y->u.map.key, emode, p) && nify(u, x->u.map.elem, y->u.map.elem, emode, p);
    case T_CHAN:
        return (!(mode & UNIFY_EXACT) || x->u.chan.dir == y->u.chan.dir) && nify(u, x->u.chan.elem, y->u.chan.elem, emode, p);
    case T_NAMED: return nify_named(u, x, y, mode, p);
    default: return false;
    }
}

static bool nify_body(Unifier *u, Type *x, Type *y, int mode, Pair *p) {
    if (as_named(x) || bound_tparam(u, y) >= 0) {
        Type *t = x;
        x = y, y = t;
    }
    Type *ny = as_named(y);
    if (!(mode & UNIFY_EXACT) && ny && ty_is_type_lit(x) && !(u->iface_inference && ty_is_interface(x))) {
        y = ty_underlying(ny);
        if (x == y || ty_unalias(x) == ty_unalias(y)) return true;
    }
    int px = bound_tparam(u, x), py = bound_tparam(u, y);
    if (px >= 0 && py >= 0) {
        if (join(u, px, py)) return true;
        return nify(u, *u->handles[px], *u->handles[py], mode, p);
    }
    if (px >= 0) {
        Type *xt = *u->handles[px];
        if (xt) return nify_known(u, px, xt, y, mode, p);
        *u->handles[px] = y;
        return true;
    }
    if (u->iface_inference && !(mode & UNIFY_EXACT)) {
        bool done;
        bool r = nify_ifaces(u, x, y, p, &done);
        if (done) return r;
    }
    if (ty_is_typeparam(y)) {
        Type *t = x;
        x = y, y = t;
    }
    return nify_struct_kinds(u, x, y, mode, p);
}

static bool nify(Unifier *u, Type *x, Type *y, int mode, Pair *p) {
    if (x == y || ty_unalias(x) == ty_unalias(y)) return true;
    if (!x || !y || u->depth >= DEPTH_LIMIT) return false;
    u->depth++;
    bool r = nify_body(u, x, y, mode, p);
    u->depth--;
    return r;
}

bool ty_unify(Unifier *u, Type *x, Type *y, int mode) { return nify(u, x, y, mode, NULL); }
