/* initorder.c: package initialization order (go/types' initorder.go).
 *
 * The dependency graph has the package-level constants, variables and
 * functions as nodes and the references recorded in each DeclInfo's deps
 * as edges. Function nodes are removed by connecting their predecessors
 * with their successors (cheapest first). The remaining nodes leave a
 * priority queue in order: constants first, then fewest outstanding
 * dependencies, then source order; a node leaving with dependencies still
 * outstanding is on an initialization cycle, reported with its path.
 * Variables with initializers are emitted in that order. */
#include <string.h>

#include "types/check.h"

typedef struct Node Node;
struct Node {
    Object *obj;
    Map pred, succ; /* Node* -> Node* (NULL value: removed) */
    int npred, nsucc;
    int index; /* in the heap */
    int ndeps; /* outstanding dependencies */
    int order; /* source order */
};

typedef Vec(Node *) NodeList;

static void set_add(Map *m, int *n, Node *x) {
    void **v = map_slotp(m, x); /* NULL: new, or removed before */
    if (*v) return;
    *v = x;
    (*n)++;
}

static void set_del(Map *m, int *n, Node *x) {
    if (!map_getp(m, x)) return;
    map_putp(m, x, NULL);
    (*n)--;
}

static void members(Map *m, NodeList *out) {
    out->n = 0;
    for (uint32_t i = 0; i < m->cap; i++)
        if (map_key_at(m, i) && map_val_at(m, i)) vec_push(out, (Node *)map_val_at(m, i));
}

static bool is_dependency(Object *obj) {
    return obj->kind == OBJ_CONST || obj->kind == OBJ_VAR || obj->kind == OBJ_FUNC;
}

static int by_cost(const void *a, const void *b) {
    const Node *x = *(Node *const *)a, *y = *(Node *const *)b;
    long cx = (long)x->npred * x->nsucc, cy = (long)y->npred * y->nsucc;
    if (cx != cy) return cx < cy ? -1 : 1;
    return (x->order > y->order) - (x->order < y->order);
}

static void eliminate_funcs(NodeList *funcs) {
    if (funcs->n > 1) qsort(funcs->a, (size_t)funcs->n, sizeof(Node *), by_cost);
    NodeList preds = {0}, succs = {0};
    for (int i = 0; i < funcs->n; i++) {
        Node *n = funcs->a[i];
        members(&n->pred, &preds);
        members(&n->succ, &succs);
        for (int p = 0; p < preds.n; p++) {
            Node *pn = preds.a[p];
            if (pn == n) continue;
            for (int s = 0; s < succs.n; s++) {
                Node *sn = succs.a[s];
                if (sn == n) continue;
                set_add(&pn->succ, &pn->nsucc, sn);
                set_add(&sn->pred, &sn->npred, pn);
            }
            set_del(&pn->succ, &pn->nsucc, n);
        }
        for (int s = 0; s < succs.n; s++) set_del(&succs.a[s]->pred, &succs.a[s]->npred, n);
    }
    vec_free(&preds);
    vec_free(&succs);
}

/* dependency_graph builds the graph; G gets the non-function nodes. */
static void dependency_graph(Checker *chk, Map *nodes, NodeList *all, NodeList *G) {
    for (int i = 0; i < chk->objlist.n; i++) {
        Object *obj = chk->objlist.a[i];
        if (!is_dependency(obj)) continue;
        Node *n = NEW(chk->scratch, Node);
        n->obj = obj;
        n->order = i;
        map_putp(nodes, obj, n);
        vec_push(all, n);
    }
    for (int i = 0; i < all->n; i++) {
        Node *n = all->a[i];
        DeclInfo *d = map_getp(&chk->objmap, n->obj);
        for (uint32_t k = 0; k < d->deps.cap; k++) {
            if (!map_key_at(&d->deps, k) || !map_val_at(&d->deps, k)) continue;
            Node *m = map_getp(nodes, map_val_at(&d->deps, k));
            if (!m) continue;
            set_add(&n->succ, &n->nsucc, m);
            set_add(&m->pred, &m->npred, n);
        }
    }
    NodeList funcs = {0};
    for (int i = 0; i < all->n; i++) {
        if (all->a[i]->obj->kind == OBJ_FUNC) vec_push(&funcs, all->a[i]);
        else vec_push(G, all->a[i]);
    }
    eliminate_funcs(&funcs);
    vec_free(&funcs);
    for (int i = 0; i < G->n; i++) {
        G->a[i]->index = i;
        G->a[i]->ndeps = G->a[i]->nsucc;
    }
}

/* ---- the priority queue ---------------------------------------------------------- */

static bool less(Node *x, Node *y) {
    bool xc = x->obj->kind == OBJ_CONST, yc = y->obj->kind == OBJ_CONST;
    if (xc != yc) return xc;
    return x->ndeps < y->ndeps || (x->ndeps == y->ndeps && x->order < y->order);
}

static void swap(NodeList *h, int i, int j) {
    Node *x = h->a[i], *y = h->a[j];
    h->a[i] = y, h->a[j] = x;
    x->index = j, y->index = i;
}

static void up(NodeList *h, int j) {
    while (j > 0) {
        int i = (j - 1) / 2;
        if (i == j || !less(h->a[j], h->a[i])) break;
        swap(h, i, j);
        j = i;
    }
}

static bool down(NodeList *h, int i0, int n) {
    int i = i0;
    for (;;) {
        int j1 = 2 * i + 1;
        if (j1 >= n || j1 < 0) break;
        int j = j1;
        if (j1 + 1 < n && less(h->a[j1 + 1], h->a[j1])) j = j1 + 1;
        if (!less(h->a[j], h->a[i])) break;
        swap(h, i, j);
        i = j;
    }
    return i > i0;
}

static Node *pop(NodeList *h) {
    int n = h->n - 1;
    swap(h, 0, n);
    down(h, 0, n);
    Node *x = h->a[--h->n];
    x->index = -1;
    return x;
}

static void fix(NodeList *h, int i) {
    if (i < 0) return;
    if (!down(h, i, h->n)) up(h, i);
}

/* ---- cycles ------------------------------------------------------------------------ */

static int by_order(const void *a, const void *b) {
    const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    return (x->id > y->id) - (x->id < y->id);
}

typedef Vec(Object *) ObjList;

/* find_path: a path of dependencies from 'from' to 'to' (reversed: to
 * first), deps visited in source order. */
static bool find_path(Checker *chk, Map *order, Object *from, Object *to, Map *seen, ObjList *path) {
    if (map_getp(seen, from)) return false;
    map_putp(seen, from, from);
    DeclInfo *d = map_getp(&chk->objmap, from);
    if (!d) return false;
    ObjList deps = {0};
    for (uint32_t k = 0; k < d->deps.cap; k++)
        if (map_key_at(&d->deps, k) && map_val_at(&d->deps, k)) vec_push(&deps, (Object *)map_val_at(&d->deps, k));
    (void)order; /* creation order is source order for package-level objects */
    if (deps.n > 1) qsort(deps.a, (size_t)deps.n, sizeof(Object *), by_order);
    bool found = false;
    for (int i = 0; i < deps.n && !found; i++) {
        Object *dep = deps.a[i];
        if (dep == to) {
            vec_push(path, dep);
            found = true;
        } else if (find_path(chk, order, dep, to, seen, path)) {
            vec_push(path, dep);
            found = true;
        }
    }
    vec_free(&deps);
    return found;
}

static void report_cycle(Checker *chk, Object **cycle, int n) {
    Object *obj = cycle[0];
    if (n == 1) {
        check_errorf(chk, obj->pos, "initialization cycle: %s refers to itself", obj->name->s);
        return;
    }
    char *msg = check_sprintf(chk, "initialization cycle for %s", obj->name->s);
    Pos *pp = NEWARR(chk->arena, Pos, n);
    char **pm = NEWARR(chk->arena, char *, n);
    int k = 0;
    for (int j = n - 1; j >= 0; j--) {
        Object *next = cycle[j];
        pp[k] = obj->pos;
        pm[k++] = check_sprintf(chk, "%s refers to %s", obj->name->s, next->name->s);
        obj = next;
    }
    check_error_parts(chk, cycle[0]->pos, msg, n, pp, pm);
}

/* ---- initOrder ----------------------------------------------------------------------- */

static void emit(Checker *chk, Object *v, Map *emitted) {
    if (v->kind != OBJ_VAR) return;
    DeclInfo *d = map_getp(&chk->objmap, v);
    if (!d || !d->init || map_getp(emitted, d)) return;
    map_putp(emitted, d, d);
    Initializer in;
    if (d->lhs) {
        in.lhs = d->lhs;
        in.nlhs = d->nlhs;
    } else {
        in.lhs = NEWARR(chk->arena, Object *, 1);
        in.lhs[0] = v;
        in.nlhs = 1;
    }
    in.rhs = d->init;
    vec_push(&chk->info->init_order, in);
}

void check_init_order(Checker *chk) {
    Map nodes = {0}, emitted = {0};
    NodeList all = {0}, pq = {0}, preds = {0};
    chk->info->init_order.n = 0;
    dependency_graph(chk, &nodes, &all, &pq);
    for (int i = pq.n / 2 - 1; i >= 0; i--) down(&pq, i, pq.n);
    while (pq.n > 0) {
        Node *n = pop(&pq);
        if (n->ndeps > 0) {
            Map seen = {0};
            ObjList cycle = {0};
            if (find_path(chk, &nodes, n->obj, n->obj, &seen, &cycle)) report_cycle(chk, cycle.a, cycle.n);
            vec_free(&cycle);
            map_clear(&seen);
        }
        members(&n->pred, &preds);
        for (int i = 0; i < preds.n; i++) {
            preds.a[i]->ndeps--;
            fix(&pq, preds.a[i]->index);
        }
        emit(chk, n->obj, &emitted);
    }
    for (int i = 0; i < all.n; i++) {
        map_clear(&all.a[i]->pred);
        map_clear(&all.a[i]->succ);
    }
    map_clear(&nodes);
    map_clear(&emitted);
    vec_free(&all);
    vec_free(&pq);
    vec_free(&preds);
}
