/* typeset.c: type sets of interfaces and unions (go/types' _TypeSet).
 * An interface's type set is the intersection of its elements' sets: the
 * methods of itself and its embedded interfaces (sorted with obj_cmp), and
 * the term lists and comparable bits of embedded interfaces, unions and
 * single types. A set is computed once and cached on the interface; a
 * placeholder 𝓤 set is installed first so invalid cyclic embeddings end.
 * Union sets are cached by union in a map. Also the helpers built on type
 * sets: ty_all (iterate a type parameter's terms), ty_under, the constraint
 * interface of a type parameter, and ty_common_under. */
#include "types/types.h"

#include <stdlib.h>

static Map union_sets; /* Type* (T_UNION) -> TypeSet* */
static TypeSet invalid_set;

TypeSet *ts_invalid(void) { return &invalid_set; }

TermList ts_terms(const TypeSet *s) {
    if (s->all_types) return tl_all();
    return (TermList){s->terms, s->nterms};
}

static void set_terms(TypeSet *s, TermList l) {
    s->all_types = tl_is_all(l);
    s->terms = s->all_types ? NULL : l.a;
    s->nterms = s->all_types ? 0 : l.n;
}

bool ts_is_empty(const TypeSet *s) { return !s->all_types && s->nterms == 0; }
bool ts_is_method_set(const TypeSet *s) { return !s->comparable && s->all_types; }
bool ts_is_all(const TypeSet *s) { return ts_is_method_set(s) && s->nmethods == 0; }
bool ts_has_terms(const TypeSet *s) { return !s->all_types && s->nterms > 0; }

bool ts_is_comparable(const TypeSet *s) {
    if (s->all_types) return s->comparable;
    if (!s->nterms) return false; /* is() of an empty set calls f(nil) */
    for (int i = 0; i < s->nterms; i++)
        if (!ty_strictly_comparable(s->terms[i].type)) return false;
    return true;
}

bool ts_subset_of(const TypeSet *a, const TypeSet *b) { return tl_subset_of(ts_terms(a), ts_terms(b)); }

Object *ts_lookup_method(const TypeSet *s, const Package *pkg, const Sym *name, bool fold_case, int *index) {
    if (name->len == 1 && name->s[0] == '_') return NULL;
    for (int i = 0; i < s->nmethods; i++)
        if (obj_same_id(s->methods[i], pkg, name, fold_case)) {
            if (index) *index = i;
            return s->methods[i];
        }
    return NULL;
}

/* ---- unions --------------------------------------------------------------- */

static TermList union_term(Term t) {
    Type *u = ty_underlying(t.type);
    if (u && u->kind == T_INTERFACE && !ty_is_typeparam(t.type)) return ts_terms(ts_of(u));
    if (!ty_is_valid(u)) return (TermList){NULL, 0};
    if (t.tilde && !ty_identical(t.type, u)) return (TermList){NULL, 0}; /* no such underlying type */
    Term *a = NEW(ty_arena(), Term);
    *a = t;
    return (TermList){a, 1};
}

TypeSet *ts_of_union(Type *uni, TsErrors *errs) {
    TypeSet *s = map_getp(&union_sets, uni);
    if (s) return s;
    s = NEW(ty_arena(), TypeSet);
    map_putp(&union_sets, uni, s); /* empty while in progress */
    TermList all = {NULL, 0};
    for (int i = 0; i < uni->u.uni.n; i++) {
        all = tl_union(all, union_term(uni->u.uni.terms[i]));
        if (all.n > TY_MAX_TERMS) {
            if (errs) vec_push(errs, ((TsError){.kind = TSE_TOO_MANY_TERMS, .uni = uni, .embedded = -1}));
            map_putp(&union_sets, uni, &invalid_set);
            return &invalid_set;
        }
    }
    set_terms(s, all);
    return s;
}

/* ---- interfaces ------------------------------------------------------------- */

typedef struct Collect {
    Type *iface;
    TsErrors *errs;
    Vec(Object *) methods;
    Vec(int) origin; /* embedding index of each method, -1 if explicit */
} Collect;

static void add_method(Collect *c, Object *m, int embedded) {
    Sym *id = obj_id(m);
    for (int i = 0; i < c->methods.n; i++) {
        Object *other = c->methods.a[i];
        if (obj_id(other) != id) continue;
        if (embedded < 0 && c->errs)
            vec_push(c->errs, ((TsError){TSE_DUP_METHOD, m, other, c->iface, -1, NULL}));
        else if (embedded >= 0 && c->errs && !ty_identical(m->type, other->type))
            vec_push(c->errs, ((TsError){TSE_DUP_EMBEDDED, m, other, c->iface, embedded, NULL}));
        return;
    }
    vec_push(&c->methods, m);
    vec_push(&c->origin, embedded);
}

/* Intersect term lists and comparable bits; with a comparable side only
 * strictly comparable terms survive. */
static TermList intersect_terms(TermList x, bool xcomp, TermList y, bool ycomp, bool *comp) {
    TermList r = tl_intersect(x, y);
    *comp = xcomp || ycomp;
    if (*comp && !tl_is_all(r)) {
        Term *a = NEWARR(ty_arena(), Term, r.n);
        int n = 0;
        for (int i = 0; i < r.n; i++)
            if (ty_strictly_comparable(r.a[i].type)) a[n++] = r.a[i];
        r = (TermList){a, n};
        *comp = false;
    }
    return r;
}

static int cmp_methods(const void *a, const void *b) {
    return obj_cmp(*(Object *const *)a, *(Object *const *)b);
}

static bool embedded_terms(Collect *c, Type *e, int i, TermList *terms, bool *comp) {
    Type *u = ty_underlying(e);
    *comp = false;
    if (u && u->kind == T_INTERFACE) {
        TypeSet *s = ts_compute(u, c->errs);
        *comp = s->comparable;
        for (int k = 0; k < s->nmethods; k++) add_method(c, s->methods[k], i);
        *terms = ts_terms(s);
        return true;
    }
    if (u && u->kind == T_UNION) {
        TypeSet *s = ts_of_union(u, c->errs);
        if (s == &invalid_set) return false;
        *terms = ts_terms(s);
        return true;
    }
    if (!ty_is_valid(u)) return false;
    Term *t = NEW(ty_arena(), Term);
    t->type = e;
    *terms = (TermList){t, 1};
    return true;
}

TypeSet *ts_compute(Type *iface, TsErrors *errs) {
    if (iface->u.iface.tset) return iface->u.iface.tset;
    TypeSet *s = NEW(ty_arena(), TypeSet);
    s->all_types = true;
    iface->u.iface.tset = s;
    Collect c = {iface, errs, {0}, {0}};
    for (int i = 0; i < iface->u.iface.nmethods; i++) add_method(&c, iface->u.iface.methods[i], -1);
    TermList all = tl_all();
    bool comp = false;
    for (int i = 0; i < iface->u.iface.nembeddeds; i++) {
        TermList terms;
        bool ecomp;
        if (!embedded_terms(&c, iface->u.iface.embeddeds[i], i, &terms, &ecomp)) continue;
        all = intersect_terms(all, comp, terms, ecomp, &comp);
    }
    if (c.methods.n) {
        qsort(c.methods.a, (size_t)c.methods.n, sizeof(Object *), cmp_methods);
        s->methods = vec_to_arena(ty_arena(), &c.methods);
        s->nmethods = c.methods.n;
    }
    vec_free(&c.methods);
    vec_free(&c.origin);
    s->comparable = comp;
    set_terms(s, all);
    return s;
}

TypeSet *ts_of(Type *iface) { return ts_compute(iface, NULL); }

TypeSet *ts_of_type(Type *t) {
    Type *u = ty_under(t);
    if (!u || u->kind != T_INTERFACE) die("ts_of_type of a non-interface %s", ty_kind_name(u ? u->kind : T_COUNT));
    return ts_of(u);
}

void ts_write(StrBuf *b, const TypeSet *s) {
    if (ts_is_empty(s)) { sb_puts(b, "∅"); return; }
    if (ts_is_all(s)) { sb_puts(b, "𝓤"); return; }
    bool has_terms = ts_has_terms(s);
    sb_putc(b, '{');
    if (s->comparable) {
        sb_puts(b, "comparable");
        if (s->nmethods || has_terms) sb_puts(b, "; ");
    }
    for (int i = 0; i < s->nmethods; i++) {
        if (i) sb_puts(b, "; ");
        Object *m = s->methods[i];
        sb_puts(b, "func ");
        if (m->pkg && !ty_is_exported(m->name)) sb_printf(b, "%s.", m->pkg->path);
        sb_puts(b, m->name->s);
        StrBuf sig = {0};
        ty_write(&sig, m->type, NULL, NULL);
        sb_puts(b, sig.s + 4); /* drop "func" */
        sb_free(&sig);
    }
    if (s->nmethods && has_terms) sb_puts(b, "; ");
    if (has_terms) tl_write(b, ts_terms(s));
    sb_putc(b, '}');
}

/* ---- type parameters ------------------------------------------------------ */

Type *ty_tparam_iface(Type *tp) {
    Type *bound = tp->u.tparam.bound;
    Type *u = ty_underlying(bound);
    if (!u || (u->kind == T_BASIC && u->u.basic.kind == B_INVALID)) return ty_empty_iface;
    if (u->kind == T_INTERFACE) return ty_is_typeparam(bound) ? ty_empty_iface : u;
    /* a non-interface constraint stands for interface{bound} */
    Type *it = ty_new(T_INTERFACE);
    it->u.iface.embeddeds = NEWARR(ty_arena(), Type *, 1);
    it->u.iface.embeddeds[0] = bound;
    it->u.iface.nembeddeds = 1;
    it->u.iface.implicit = true;
    tp->u.tparam.bound = it;
    return it;
}

Type *ty_under(Type *t) {
    Type *a = ty_unalias(t);
    if (a && a->kind == T_TYPEPARAM) return ty_tparam_iface(a);
    return ty_underlying(t);
}

bool ty_under_is_interface(Type *t) {
    Type *u = ty_under(t);
    return u && u->kind == T_INTERFACE;
}

bool ty_all(Type *t, TyTermFn f, void *ctx) {
    Type *a = ty_unalias(t);
    if (!a || a->kind != T_TYPEPARAM) return f(t, ty_underlying(t), ctx);
    TypeSet *s = ts_of(ty_tparam_iface(a));
    if (!ts_has_terms(s)) return f(NULL, NULL, ctx);
    for (int i = 0; i < s->nterms; i++) {
        Term x = s->terms[i];
        Type *u = ty_unalias(x.type);
        if (!x.tilde) u = ty_underlying(u);
        if (!f(x.type, u, ctx)) return false;
    }
    return true;
}

/* ---- common underlying type ----------------------------------------------- */

typedef struct Common {
    TyCondFn cond;
    void *ctx;
    Type *ct, *cu; /* first term type and the common underlying type */
    int err;
    Type *t2;
} Common;

static bool common_step(Type *t, Type *u, void *p) {
    Common *c = p;
    if (c->cond) {
        int e = c->cond(t, u, c->ctx);
        if (e) { c->err = CU_COND_BASE + e; c->t2 = t; return false; }
    }
    if (!u) { c->err = CU_NO_SPECIFIC; return false; }
    if (!c->cu) { c->ct = t; c->cu = u; return true; }
    if (c->cu->kind == T_CHAN && u->kind == T_CHAN) {
        if (!ty_identical(c->cu->u.chan.elem, u->u.chan.elem)) { c->err = CU_CHAN_ELEM; c->t2 = t; return false; }
        if (c->cu->u.chan.dir == u->u.chan.dir) return true;
        if (c->cu->u.chan.dir == CHAN_BOTH) { c->ct = t; c->cu = u; return true; }
        if (u->u.chan.dir != CHAN_BOTH) { c->err = CU_CHAN_DIR; c->t2 = t; return false; }
        return true;
    }
    if (!ty_identical(c->cu, u)) { c->err = CU_DIFFERENT; c->t2 = t; return false; }
    return true;
}

Type *ty_common_under(Type *t, TyCondFn cond, void *ctx, int *err, Type **t1, Type **t2) {
    Common c = {cond, ctx, NULL, NULL, CU_OK, NULL};
    bool ok = ty_all(t, common_step, &c);
    if (err) *err = ok ? CU_OK : c.err;
    if (t1) *t1 = c.ct;
    if (t2) *t2 = c.t2;
    return ok ? c.cu : NULL;
}
