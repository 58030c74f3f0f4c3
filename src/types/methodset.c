/* methodset.c: method sets as go/types' NewMethodSet computes them.
 * Breadth-first over embedded fields like lookup: at each depth the
 * methods found (of Named types and interfaces) and the field names seen
 * are merged into the result only for Ids not yet decided at a shallower
 * depth; a field name or a repeated method at one depth blocks the Id
 * (a collision). Methods with pointer receivers belong to the set only on
 * an indirect path. The result is sorted by Id string. */
#include "types/types.h"

#include <string.h>

typedef struct Entry {
    Sym *id;
    Selection sel;
    bool collision;
} Entry;

typedef Vec(Entry) EntryVec;

typedef struct Emb {
    Type *type;
    int *index;
    int nindex;
    bool indirect, multiples;
} Emb;

typedef Vec(Emb) EmbVec;
typedef Vec(Type *) TypeVec;
typedef Vec(Sym *) SymVec;

static Entry *find(EntryVec *v, Sym *id) {
    for (int i = 0; i < v->n; i++)
        if (v->a[i].id == id) return &v->a[i];
    return NULL;
}

static int *concat(const int *list, int n, int i) {
    int *r = NEWARR(ty_arena(), int, n + 1);
    if (n) memcpy(r, list, sizeof(int) * (size_t)n);
    r[n] = i;
    return r;
}

static void add_one(EntryVec *ms, Object *f, Emb *e, int i, bool indirect) {
    Sym *id = obj_id(f);
    Entry *old = find(ms, id);
    if (!e->multiples && !old && (indirect || !f->u.func.has_ptr_recv)) {
        Entry ne = {id, {f, concat(e->index, e->nindex, i), e->nindex + 1, indirect, SEL_METHOD_VAL, NULL}, false};
        vec_push(ms, ne);
        return;
    }
    if (old) old->collision = true;
    else vec_push(ms, ((Entry){id, {0}, true}));
}

static bool seen_named(TypeVec *seen, Type *named) {
    for (int i = 0; i < seen->n; i++)
        if (ty_identical(seen->a[i], named)) return true;
    vec_push(seen, named);
    return false;
}

static void collect(Emb *e, TypeVec *seen, EntryVec *mset, SymVec *fset, EmbVec *next) {
    Type *named = ty_unalias(e->type);
    if (named && named->kind == T_NAMED) {
        if (seen_named(seen, named)) return;
        int n = ty_named_nmethods(named);
        for (int i = 0; i < n; i++) add_one(mset, ty_named_method(named, i), e, i, e->indirect);
    }
    Type *u = ty_under(e->type);
    if (u && u->kind == T_STRUCT) {
        for (int i = 0; i < u->u.strct.nfields; i++) {
            Object *f = u->u.strct.fields[i];
            vec_push(fset, obj_id(f));
            if (!f->u.var.embedded) continue;
            bool isptr;
            Type *t = ty_deref(f->type, &isptr);
            vec_push(next, ((Emb){t, concat(e->index, e->nindex, i), e->nindex + 1, e->indirect || isptr, e->multiples}));
        }
    } else if (u && u->kind == T_INTERFACE) {
        TypeSet *s = ts_of(u);
        /* interface methods: index relative to e's path, always addable */
        for (int i = 0; i < s->nmethods; i++) add_one(mset, s->methods[i], e, i, true);
    }
}

static void consolidate(EmbVec *list) {
    int n = 0;
    for (int i = 0; i < list->n; i++) {
        int j = 0;
        while (j < n && !ty_identical(list->a[j].type, list->a[i].type)) j++;
        if (j < n) list->a[j].multiples = true;
        else list->a[n++] = list->a[i];
    }
    list->n = n;
}

static void merge(EntryVec *base, EntryVec *mset, SymVec *fset) {
    for (int i = 0; i < mset->n; i++) {
        Entry m = mset->a[i];
        if (find(base, m.id)) continue;
        for (int k = 0; k < fset->n; k++)
            if (fset->a[k] == m.id) m.collision = true;
        vec_push(base, m);
    }
    for (int k = 0; k < fset->n; k++)
        if (!find(base, fset->a[k])) vec_push(base, ((Entry){fset->a[k], {0}, true}));
}

static int cmp_sel(const void *a, const void *b) {
    return strcmp(obj_id(((const Selection *)a)->obj)->s, obj_id(((const Selection *)b)->obj)->s);
}

static MethodSet finish(EntryVec *base) {
    MethodSet ms = {NULL, 0};
    int n = 0;
    for (int i = 0; i < base->n; i++) n += !base->a[i].collision;
    if (!n) return ms;
    ms.list = NEWARR(ty_arena(), Selection, n);
    for (int i = 0; i < base->n; i++)
        if (!base->a[i].collision) ms.list[ms.n++] = base->a[i].sel;
    qsort(ms.list, (size_t)ms.n, sizeof(Selection), cmp_sel);
    return ms;
}

MethodSet ty_method_set(Type *t) {
    MethodSet empty = {NULL, 0};
    Type *named = ty_unalias(t);
    if (named && named->kind == T_NAMED) {
        Type *u = ty_underlying(named);
        if (u && u->kind == T_POINTER) return empty;
    }
    bool isptr;
    Type *typ = ty_deref(t, &isptr);
    if (isptr && ty_under_is_interface(typ)) return empty;
    EmbVec cur = {0}, next = {0};
    TypeVec seen = {0};
    EntryVec base = {0};
    vec_push(&cur, ((Emb){typ, NULL, 0, isptr, false}));
    while (cur.n) {
        EntryVec mset = {0};
        SymVec fset = {0};
        next.n = 0;
        for (int i = 0; i < cur.n; i++) collect(&cur.a[i], &seen, &mset, &fset, &next);
        merge(&base, &mset, &fset);
        vec_free(&mset);
        vec_free(&fset);
        consolidate(&next);
        EmbVec tmp = cur;
        cur = next;
        next = tmp;
    }
    MethodSet ms = finish(&base);
    vec_free(&cur);
    vec_free(&next);
    vec_free(&seen);
    vec_free(&base);
    return ms;
}

Selection *ms_lookup(const MethodSet *ms, const Package *pkg, const Sym *name) {
    Sym *id = ty_id(pkg, name);
    for (int i = 0; i < ms->n; i++)
        if (obj_id(ms->list[i].obj) == id) return &ms->list[i];
    return NULL;
}
