/* solve.c: solving the location graph (gc's escape/solve.go).
 *
 * walkAll walks from every location (and the heap, mutator and callee
 * roots) computing the minimal derefs from the root to every location
 * that flows into it (walkOne, Bellman-Ford with derefs bounded below by
 * 0 once an address is taken). A location whose address reaches a root
 * that outlives it escapes; a parameter reaching a root records a leak.
 * Locations whose attributes grow are walked again, until nothing
 * changes. With -m=2 each new escape and leak is explained by the path
 * it took. */
#include "escape/esc.h"

#include <string.h>

/* ---- a double-ended queue of locations ------------------------------------------- */

typedef struct Queue {
    EscLoc **locs;
    int cap, head, tail, n;
} Queue;

static void queue_init(Queue *q, int capacity) {
    int c = 2;
    while (c < capacity) c *= 2;
    q->locs = xmalloc(sizeof(EscLoc *) * (size_t)c);
    q->cap = c;
    q->head = q->tail = q->n = 0;
}

static void queue_grow(Queue *q) {
    EscLoc **a = xmalloc(sizeof(EscLoc *) * (size_t)q->cap * 2);
    for (int i = 0; i < q->n; i++) a[i] = q->locs[(q->head + i) & (q->cap - 1)];
    free(q->locs);
    q->locs = a;
    q->head = 0;
    q->tail = q->n;
    q->cap *= 2;
}

static void push_front(Queue *q, EscLoc *l) {
    if (q->n == q->cap) queue_grow(q);
    q->head = (q->head - 1) & (q->cap - 1);
    q->locs[q->head] = l;
    q->n++;
}

static void push_back(Queue *q, EscLoc *l) {
    if (q->n == q->cap) queue_grow(q);
    q->locs[q->tail] = l;
    q->tail = (q->tail + 1) & (q->cap - 1);
    q->n++;
}

static EscLoc *pop_front(Queue *q) {
    EscLoc *l = q->locs[q->head];
    q->head = (q->head + 1) & (q->cap - 1);
    q->n--;
    return l;
}

/* ---- explanations (-m=2) -------------------------------------------------------- */

Pos esc_loc_pos(EscLoc *l) {
    if (l->name) return l->name->pos;
    return l->n ? l->n->pos : (Pos){0};
}

void esc_loc_node_string(StrBuf *sb, EscLoc *l) {
    if (l->name) sb_puts(sb, l->name->sym ? l->name->sym->s : "?");
    else if (l->n) ir_fmt(sb, l->n);
}

void esc_loc_string(EscBatch *b, StrBuf *sb, EscLoc *l) {
    if (l == &b->heap_loc) sb_puts(sb, "{heap}");
    else if (!l->n && !l->name) sb_puts(sb, "{temp}");
    else if (l->name) esc_loc_node_string(sb, l);
    else {
        sb_puts(sb, "{storage for ");
        esc_loc_node_string(sb, l);
        sb_puts(sb, "}");
    }
}

void esc_explain_flow(EscBatch *b, Pos pos, EscLoc *dst, EscLoc *src, int derefs, EscNote *notes) {
    StrBuf s = {0};
    sb_puts(&s, "  flow: ");
    esc_loc_string(b, &s, dst);
    sb_puts(&s, " ← ");
    if (derefs < 0) sb_puts(&s, "&");
    for (int i = 0; i < derefs; i++) sb_putc(&s, '*');
    esc_loc_string(b, &s, src);
    sb_puts(&s, ":");
    esc_warn(b, pos, "%s", s.s);
    for (EscNote *n = notes; n; n = n->next) {
        sb_reset(&s);
        sb_puts(&s, "    from ");
        ir_fmt(&s, n->where);
        sb_printf(&s, " (%s) at ", n->why);
        esc_fmt_pos(b, &s, n->where->pos);
        esc_warn(b, pos, "%s", s.s);
    }
    sb_free(&s);
}

/* explain_path: how src flows to the walk's root, hop by hop. */
static void explain_path(EscBatch *b, EscLoc *root, EscLoc *src) {
    Map visited = {0};
    Pos pos = esc_loc_pos(src);
    for (;;) {
        if (map_getp(&visited, src)) {
            esc_warn(b, pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
            break;
        }
        map_putp(&visited, src, src);
        EscLoc *dst = src->dst;
        EscEdge *edge = &dst->edges[src->dst_edge_idx];
        if (edge->src != src) die("path inconsistency");
        esc_explain_flow(b, pos, dst, src, edge->derefs, edge->notes);
        if (dst == root) break;
        src = dst;
    }
    map_clear(&visited);
}

static void explain_escape(EscBatch *b, EscLoc *root, EscLoc *l) {
    StrBuf s = {0};
    esc_loc_node_string(&s, l);
    esc_warn(b, esc_loc_pos(l), "%s escapes to heap in %s:", s.s ? s.s : "", esc_func_name(l->curfn));
    sb_free(&s);
    explain_path(b, root, l);
}

static void explain_leak(EscBatch *b, EscLoc *root, EscLoc *l, int derefs) {
    StrBuf s = {0};
    esc_loc_string(b, &s, root);
    esc_warn(b, esc_loc_pos(l), "parameter %s leaks to %s for %s with derefs=%d:", l->name->sym->s, s.s,
             esc_func_name(l->curfn), derefs);
    sb_free(&s);
    explain_path(b, root, l);
}

/* ---- outlives ------------------------------------------------------------------ */

/* contains_closure: c is a func literal nested (at any depth) in f. */
static bool contains_closure(IrFunc *f, IrFunc *c) {
    if (f == c || !c->closure) return false;
    for (IrFunc *p = c->outer; p; p = p->outer)
        if (p == f) return true;
    return false;
}

/* esc_outlives: values stored in l may survive beyond other's lifetime
 * if other were on the stack. */
bool esc_outlives(EscBatch *b, EscLoc *l, EscLoc *other) {
    if (esc_has_attr(l, ATTR_ESCAPES)) return true;
    if (l == &b->mutator_loc || l == &b->callee_loc) return false;
    if (l->param_out) {
        /* a closure called only where we can see returns values of
         * its enclosing function to it */
        if (contains_closure(other->curfn, l->curfn) && !esc_func(b, l->curfn)->closure_results_lost) return false;
        return true;
    }
    if (l->curfn == other->curfn && l->loop_depth < other->loop_depth) return true;
    return contains_closure(l->curfn, other->curfn);
}

/* ---- walking ------------------------------------------------------------------- */

typedef struct Walk {
    EscBatch *b;
    Queue todo; /* walkAll's queue */
} Walk;

static void enqueue(Walk *w, EscLoc *l) {
    if (l->queued_walk_all) return;
    l->queued_walk_all = true;
    if (esc_has_attr(l, ATTR_ESCAPES)) push_front(&w->todo, l);
    else push_back(&w->todo, l);
}

/* lost_closure_results: a closure of this batch reaching the callee root
 * may be called where its results are not tracked: flow them again. */
static void lost_closure_results(Walk *w, EscLoc *root) {
    if (!esc_has_attr(root, ATTR_CALLS) || !root->n || root->n->op != IR_CLOSURE) return;
    IrFunc *fn = root->n->func;
    EscFunc *ef = esc_func(w->b, fn);
    if (!esc_in_mutual_batch(fn) || ef->closure_results_lost) return;
    ef->closure_results_lost = true;
    for (int i = 0; i < fn->results.n; i++) enqueue(w, esc_old_loc(fn->results.a[i]));
}

/* visit_param records the flow of param l to root. */
static void visit_param(Walk *w, EscLoc *root, EscLoc *l, int derefs) {
    EscBatch *b = w->b;
    if (esc_outlives(b, root, l)) {
        if (!esc_has_attr(l, ATTR_ESCAPES) && b->cfg->m >= 2) explain_leak(b, root, l, derefs);
        esc_leak_to(l, root, derefs);
    }
    if (esc_has_attr(root, ATTR_MUTATES)) esc_leaks_add(&l->param_esc, LEAK_MUTATOR, derefs);
    if (esc_has_attr(root, ATTR_CALLS)) esc_leaks_add(&l->param_esc, LEAK_CALLEE, derefs);
}

/* visit_loc handles l during a walk from root; false when l now escapes
 * and its edges need not be followed. */
static bool visit_loc(Walk *w, EscLoc *root, EscLoc *l, int *pderefs) {
    EscBatch *b = w->b;
    int derefs = l->derefs, attrs = 0;
    if (derefs < 0) {
        /* l's address flows to root: l itself must live as long */
        derefs = 0;
        if (esc_outlives(b, root, l)) {
            if (!esc_has_attr(l, ATTR_ESCAPES) && b->cfg->m >= 2) explain_escape(b, root, l);
            attrs |= ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
        } else if (esc_has_attr(root, ATTR_PERSISTS)) {
            attrs |= ATTR_PERSISTS;
        }
    }
    if (derefs == 0) attrs |= root->attrs & (ATTR_MUTATES | ATTR_CALLS);
    if (l->param) visit_param(w, root, l, derefs);
    *pderefs = derefs;
    if (attrs & ~l->attrs) {
        l->attrs |= (uint8_t)attrs;
        enqueue(w, l);
        if (esc_has_attr(l, ATTR_ESCAPES)) return false;
    }
    return true;
}

static void walk_one(Walk *w, EscLoc *root, uint32_t walkgen) {
    root->walkgen = walkgen;
    root->derefs = 0;
    root->dst = NULL;
    lost_closure_results(w, root);
    Queue todo;
    queue_init(&todo, 1);
    push_front(&todo, root);
    while (todo.n > 0) {
        EscLoc *l = pop_front(&todo);
        l->queued_walk_one = 0;
        int derefs;
        if (!visit_loc(w, root, l, &derefs)) continue;
        for (int i = 0; i < l->nedges; i++) {
            EscEdge *edge = &l->edges[i];
            EscLoc *src = edge->src;
            if (esc_has_attr(src, ATTR_ESCAPES)) continue;
            int d = derefs + edge->derefs;
            if (src->walkgen != walkgen || src->derefs > d) {
                src->walkgen = walkgen;
                src->derefs = d;
                src->dst = l;
                src->dst_edge_idx = i;
                if (src->queued_walk_one != walkgen) {
                    src->queued_walk_one = walkgen;
                    push_back(&todo, src);
                }
            }
        }
    }
    free(todo.locs);
}

void esc_walk_all(EscBatch *b) {
    Walk w = {.b = b};
    queue_init(&w.todo, b->all_locs.n + 3);
    for (int i = 0; i < b->all_locs.n; i++) {
        push_front(&w.todo, b->all_locs.a[i]);
        b->all_locs.a[i]->queued_walk_all = true;
    }
    push_front(&w.todo, &b->mutator_loc);
    push_front(&w.todo, &b->callee_loc);
    push_front(&w.todo, &b->heap_loc);
    b->mutator_loc.queued_walk_all = b->callee_loc.queued_walk_all = b->heap_loc.queued_walk_all = true;
    uint32_t walkgen = 0;
    while (w.todo.n > 0) {
        EscLoc *root = pop_front(&w.todo);
        root->queued_walk_all = false;
        walk_one(&w, root, ++walkgen);
    }
    free(w.todo.locs);
}
