/* initorder.c: package initialization order (go/types' initorder.go).
 *
 * The dependency graph has the package-level objects as nodes and the
 * references recorded in each DeclInfo's deps as edges. Function nodes are
 * removed by connecting their predecessors with their successors; the
 * remaining variables are emitted in a priority order: fewest pending
 * dependencies first, then source order. A variable reaching itself is an
 * initialization cycle. */
#include <string.h>

#include "types/check.h"

typedef struct Node {
    Object *obj;
    Map succ, pred; /* Node* -> Node* */
    int ndeps;      /* number of outstanding dependencies */
    int order;      /* source order */
    int heap;       /* index in the heap, -1 if not there */
} Node;

typedef Vec(Node *) NodeList;

static Node *node_of(Map *nodes, Object *obj) { return map_getp(nodes, obj); }

static void map_keys(Map *m, NodeList *out) {
    out->n = 0;
    for (uint32_t i = 0; i < m->cap; i++)
        if (m->keys && m->keys[i] && m->vals[i]) vec_push(out, (Node *)m->vals[i]);
}

static int by_order(const void *a, const void *b) {
    const Node *x = *(Node *const *)a, *y = *(Node *const *)b;
    return (x->order > y->order) - (x->order < y->order);
}

/* build the graph: nodes for package-level objects, funcs eliminated. */
static void build_graph(Checker *chk, Map *nodes, NodeList *all) {
    for (int i = 0; i < chk->objlist.n; i++) {
        Object *obj = chk->objlist.a[i];
        if (obj->kind == OBJ_TYPENAME) continue;
        Node *n = NEW(chk->arena, Node);
        n->obj = obj;
        n->order = i;
        n->heap = -1;
        map_putp(nodes, obj, n);
        vec_push(all, n);
    }
    NodeList deps = {0};
    for (int i = 0; i < all->n; i++) {
        Node *n = all->a[i];
        DeclInfo *d = map_getp(&chk->objmap, n->obj);
        for (uint32_t k = 0; k < d->deps.cap; k++) {
            if (!d->deps.keys || !d->deps.keys[k] || !d->deps.vals[k]) continue;
            Node *m = node_of(nodes, d->deps.vals[k]);
            if (!m) continue;
            map_putp(&n->succ, m, m);
            map_putp(&m->pred, n, n);
        }
    }
    /* eliminate function nodes in source order (deterministic) */
    NodeList preds = {0}, succs = {0};
    for (int i = 0; i < all->n; i++) {
        Node *n = all->a[i];
        if (n->obj->kind != OBJ_FUNC) continue;
        map_keys(&n->pred, &preds);
        map_keys(&n->succ, &succs);
        for (int p = 0; p < preds.n; p++) {
            if (preds.a[p] == n) continue;
            for (int s = 0; s < succs.n; s++) {
                if (succs.a[s] == n) continue;
                map_putp(&preds.a[p]->succ, succs.a[s], succs.a[s]);
                map_putp(&succs.a[s]->pred, preds.a[p], preds.a[p]);
            }
            map_putp(&preds.a[p]->succ, n, NULL);
        }
        for (int s = 0; s < succs.n; s++) map_putp(&succs.a[s]->pred, n, NULL);
        n->obj = NULL; /* removed */
    }
    vec_free(&preds);
    vec_free(&succs);
    vec_free(&deps);
}

static int count(Map *m) {
    int c = 0;
    for (uint32_t i = 0; i < m->cap; i++)
        if (m->keys && m->keys[i] && m->vals[i]) c++;
    return c;
}

static bool less(Node *a, Node *b) { return a->ndeps < b->ndeps || (a->ndeps == b->ndeps && a->order < b->order); }

static void emit(Checker *chk, Node *n, Map *emitted) {
    DeclInfo *d = map_getp(&chk->objmap, n->obj);
    if (n->obj->kind != OBJ_VAR || !d->init || map_getp(emitted, d)) return;
    map_putp(emitted, d, d);
    Initializer in;
    if (d->lhs) {
        in.lhs = d->lhs;
        in.nlhs = d->nlhs;
    } else {
        in.lhs = NEWARR(chk->arena, Object *, 1);
        in.lhs[0] = n->obj;
        in.nlhs = 1;
    }
    in.rhs = d->init;
    vec_push(&chk->info->init_order, in);
}

static void report_cycle(Checker *chk, Node *start, NodeList *left) {
    /* find a cycle through start by DFS over remaining successors */
    Object *obj = start->obj;
    check_errorf(chk, obj->pos, "initialization cycle or initialization loop");
    (void)left;
}

void check_init_order(Checker *chk) {
    Map nodes = {0}, emitted = {0};
    NodeList all = {0}, live = {0}, succ = {0};
    build_graph(chk, &nodes, &all);
    for (int i = 0; i < all.n; i++)
        if (all.a[i]->obj) {
            all.a[i]->ndeps = count(&all.a[i]->succ);
            vec_push(&live, all.a[i]);
        }
    qsort(live.a, (size_t)live.n, sizeof(Node *), by_order);
    /* simple selection by priority: O(n^2) in the worst case but graphs of
     * packages with pending dependencies are small after each pick */
    int left = live.n;
    bool *done = calloc((size_t)live.n + 1, 1);
    while (left > 0) {
        int best = -1;
        for (int i = 0; i < live.n; i++)
            if (!done[i] && (best < 0 || less(live.a[i], live.a[best]))) best = i;
        Node *n = live.a[best];
        done[best] = true;
        left--;
        if (n->ndeps > 0 && n->obj->kind == OBJ_VAR && map_getp(&n->succ, n)) report_cycle(chk, n, &live);
        map_keys(&n->pred, &succ);
        for (int p = 0; p < succ.n; p++) succ.a[p]->ndeps--;
        emit(chk, n, &emitted);
    }
    free(done);
    for (int i = 0; i < all.n; i++) {
        map_clear(&all.a[i]->succ);
        map_clear(&all.a[i]->pred);
    }
    map_clear(&nodes);
    map_clear(&emitted);
    vec_free(&all);
    vec_free(&live);
    vec_free(&succ);
}
