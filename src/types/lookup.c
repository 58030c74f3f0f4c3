/* lookup.c: field and method lookup (go/types' LookupFieldOrMethod) and
 * the missing-method check behind interface satisfaction.
 * The search is breadth-first over embedded fields: all types at one depth
 * are searched before the next depth, a name found twice at the shallowest
 * depth is a collision (ambiguous selector), a type met again (identical)
 * is not searched twice, and a type embedded several times at one depth is
 * marked "multiples" so whatever it provides collides. Methods with pointer
 * receivers are reachable only through a pointer or an addressable value. */
#include "types/types.h"

#include <string.h>

typedef struct Embedded {
    Type *type;
    int *index; /* path of field indices (arena) */
    int nindex;
    bool indirect;  /* pointer indirection on the path */
    bool multiples; /* type appears more than once at this depth */
} Embedded;

typedef Vec(Embedded) EmbVec;
typedef Vec(Type *) TypeVec;

Type *ty_deref(Type *t, bool *is_ptr) {
    Type *p = ty_unalias(t);
    if (p && p->kind == T_POINTER) {
        if (is_ptr) *is_ptr = true;
        return p->u.ptr.elem ? p->u.ptr.elem : ty_basic[B_INVALID];
    }
    if (is_ptr) *is_ptr = false;
    return t;
}

static int *concat(const int *list, int n, int i) {
    int *r = NEWARR(ty_arena(), int, n + 1);
    if (n) memcpy(r, list, sizeof(int) * (size_t)n);
    r[n] = i;
    return r;
}

/* Keep the first of identical types, marking it multiples if repeated. */
static void consolidate(EmbVec *list) {
    int n = 0;
    for (int i = 0; i < list->n; i++) {
        Embedded e = list->a[i];
        int j = 0;
        while (j < n && !ty_identical(list->a[j].type, e.type)) j++;
        if (j < n) list->a[j].multiples = true;
        else list->a[n++] = e;
    }
    list->n = n;
}

/* seen: Named types already searched (identical instances count once). */
static bool seen_named(TypeVec *seen, Type *named) {
    for (int i = 0; i < seen->n; i++)
        if (ty_identical(seen->a[i], named)) return true;
    vec_push(seen, named);
    return false;
}

typedef struct Search {
    const Package *pkg;
    const Sym *name;
    bool fold;
    Lookup r;
    bool collision;
} Search;

/* Record a hit at e's path + i; false on a collision. */
static bool hit(Search *s, Embedded *e, int i, Object *obj) {
    s->r.index = concat(e->index, e->nindex, i);
    s->r.nindex = e->nindex + 1;
    if (s->r.obj || e->multiples) {
        s->r.obj = NULL;
        s->r.indirect = false;
        s->collision = true;
        return false;
    }
    s->r.obj = obj;
    s->r.indirect = e->indirect;
    return true;
}

static bool search_struct(Search *s, Embedded *e, Type *st, EmbVec *next) {
    for (int i = 0; i < st->u.strct.nfields; i++) {
        Object *f = st->u.strct.fields[i];
        if (obj_same_id(f, s->pkg, s->name, s->fold)) {
            if (!hit(s, e, i, f)) return false;
            continue;
        }
        if (!s->r.obj && f->u.var.embedded) {
            bool isptr;
            Type *t = ty_deref(f->type, &isptr);
            Embedded ne = {t, concat(e->index, e->nindex, i), e->nindex + 1, e->indirect || isptr, e->multiples};
            vec_push(next, ne);
        }
    }
    return true;
}

/* Search one embedded type; false on a collision. */
static bool search_one(Search *s, Embedded *e, TypeVec *seen, EmbVec *next) {
    Type *named = ty_unalias(e->type);
    if (named && named->kind == T_NAMED) {
        if (seen_named(seen, named)) return true;
        int i;
        Object *m = ty_named_lookup_method(named, s->pkg, s->name, s->fold, &i);
        if (m) return hit(s, e, i, m);
    }
    Type *u = ty_under(e->type);
    if (!u) return true;
    if (u->kind == T_STRUCT) return search_struct(s, e, u, next);
    if (u->kind == T_INTERFACE) {
        int i;
        Object *m = ts_lookup_method(ts_of(u), s->pkg, s->name, s->fold, &i);
        if (m) return hit(s, e, i, m);
    }
    return true;
}

/* A lookup's work lists are kept for the next lookup of the thread at the
 * same nesting depth (a lookup can declare objects, which look up): most
 * lookups then allocate nothing. */
typedef struct Lists {
    EmbVec cur, next;
    TypeVec seen;
} Lists;

enum { SPARE_DEPTH = 4 };
static _Thread_local Lists spare_lists[SPARE_DEPTH];
static _Thread_local int lookup_depth;

static void search(Search *s, Embedded start, bool addressable, Lists *l) {
    EmbVec cur = l->cur, next = l->next;
    TypeVec seen = l->seen;
    cur.n = next.n = seen.n = 0;
    vec_push(&cur, start);
    while (cur.n && !s->collision) {
        next.n = 0;
        for (int i = 0; i < cur.n && !s->collision; i++) search_one(s, &cur.a[i], &seen, &next);
        if (s->collision) break;
        if (s->r.obj) {
            Object *f = s->r.obj;
            if (f->kind == OBJ_FUNC && f->u.func.has_ptr_recv && !s->r.indirect && !addressable)
                s->r = (Lookup){NULL, NULL, 0, true};
            break;
        }
        consolidate(&next);
        EmbVec tmp = cur;
        cur = next;
        next = tmp;
    }
    l->cur = cur, l->next = next, l->seen = seen;
}

Lookup ty_lookup_impl(Type *t, bool addressable, const Package *pkg, const Sym *name, bool fold_case) {
    Search s = {pkg, name, fold_case, {0}, false};
    if (name->len == 1 && name->s[0] == '_') return s.r;
    bool isptr;
    Type *typ = ty_deref(t, &isptr);
    if (isptr && ty_under_is_interface(typ)) return s.r;
    Lists own = {0}, *l = lookup_depth < SPARE_DEPTH ? &spare_lists[lookup_depth] : &own;
    lookup_depth++;
    search(&s, (Embedded){typ, NULL, 0, isptr, false}, addressable, l);
    lookup_depth--;
    if (l == &own) vec_free(&own.cur), vec_free(&own.next), vec_free(&own.seen);
    return s.r;
}

Lookup ty_lookup_field_or_method(Type *t, bool addressable, const Package *pkg, const Sym *name) {
    Type *named = ty_unalias(t);
    if (named && named->kind == T_NAMED) {
        Type *p = ty_underlying(named);
        if (p && p->kind == T_POINTER) {
            /* methods of a pointer-based defined type's base are not its own */
            Lookup r = ty_lookup_impl(p, false, pkg, name, false);
            if (r.obj && r.obj->kind == OBJ_FUNC) return (Lookup){0};
            return r;
        }
    }
    return ty_lookup_impl(t, addressable, pkg, name, false);
}

/* ---- missing methods -------------------------------------------------------- */

bool ty_is_interface_ptr(Type *t) {
    Type *p = ty_underlying(t);
    return p && p->kind == T_POINTER && ty_under_is_interface(p->u.ptr.elem);
}

static bool has_invalid_embedded(Type *t, TypeVec *seen) {
    Type *p = ty_underlying(t), *base = t;
    if (p && p->kind == T_POINTER && ty_underlying(p->u.ptr.elem) &&
        ty_underlying(p->u.ptr.elem)->kind == T_STRUCT)
        base = p->u.ptr.elem;
    Type *s = ty_underlying(base);
    if (!s || s->kind != T_STRUCT) return false;
    for (int i = 0; i < seen->n; i++)
        if (seen->a[i] == s) return false;
    vec_push(seen, s);
    for (int i = 0; i < s->u.strct.nfields; i++) {
        Object *f = s->u.strct.fields[i];
        if (f->u.var.embedded && (!ty_is_valid(f->type) || has_invalid_embedded(f->type, seen))) return true;
    }
    return false;
}

bool ty_has_invalid_embedded_fields(Type *t) {
    TypeVec seen = {0};
    bool r = has_invalid_embedded(t, &seen);
    vec_free(&seen);
    return r;
}

static _Thread_local TyDeclHook decl_hook;

void ty_set_decl_hook(TyDeclHook hook, TyDeclHook *old) {
    if (old) *old = decl_hook;
    decl_hook = hook;
}

void ty_need_type(Object *obj) {
    if (obj && !obj->type && decl_hook.fn) decl_hook.fn(obj, decl_hook.ctx);
}

static Missing miss_iface(TypeSet *vs, TypeSet *ts, bool stat, TyEquivFn equiv, void *ctx) {
    for (int i = 0; i < ts->nmethods; i++) {
        Object *m = ts->methods[i];
        Object *f = ts_lookup_method(vs, m->pkg, m->name, false, NULL);
        if (!f) {
            if (stat) return (Missing){MISS_NOT_FOUND, m, NULL};
            continue;
        }
        if (!equiv(f->type, m->type, ctx)) return (Missing){MISS_WRONG_SIG, m, f};
    }
    return (Missing){0};
}

static Missing miss_concrete(Type *v, TypeSet *ts, TyEquivFn equiv, void *ctx) {
    for (int i = 0; i < ts->nmethods; i++) {
        Object *m = ts->methods[i];
        Lookup r = ty_lookup_impl(v, false, m->pkg, m->name, false);
        if (!r.obj) {
            if (r.nindex) return (Missing){MISS_AMBIGUOUS, m, NULL};
            if (r.indirect) return (Missing){MISS_PTR_RECV, m, NULL};
            Lookup fr = ty_lookup_impl(v, false, m->pkg, m->name, true);
            Object *f = fr.obj && fr.obj->kind == OBJ_FUNC ? fr.obj : NULL;
            if (!f) return (Missing){MISS_NOT_FOUND, m, NULL};
            ty_need_type(f);
            return (Missing){f->name == m->name ? MISS_UNEXPORTED : MISS_WRONG_NAME, m, f};
        }
        if (r.obj->kind != OBJ_FUNC) return (Missing){MISS_FIELD, m, NULL};
        ty_need_type(r.obj);
        if (!equiv(r.obj->type, m->type, ctx)) return (Missing){MISS_WRONG_SIG, m, r.obj};
    }
    return (Missing){0};
}

static bool identical3(Type *x, Type *y, void *ctx) {
    (void)ctx;
    return ty_identical(x, y);
}

Missing ty_missing_method(Type *v, Type *t, bool stat, TyEquivFn equiv, void *ctx) {
    if (!equiv) equiv = identical3;
    TypeSet *ts = ts_of(ty_under(t));
    if (!ts->nmethods) return (Missing){0};
    Type *vu = ty_under(v);
    if (vu && vu->kind == T_INTERFACE) return miss_iface(ts_of(vu), ts, stat, equiv, ctx);
    return miss_concrete(v, ts, equiv, ctx);
}

bool ty_has_all_methods(Type *v, Type *t, bool stat, TyEquivFn equiv, void *ctx, Missing *miss) {
    Missing m = {0};
    if (ty_is_valid(v)) m = ty_missing_method(v, t, stat, equiv, ctx);
    if (miss) *miss = m;
    return !m.kind || ty_has_invalid_embedded_fields(v);
}
