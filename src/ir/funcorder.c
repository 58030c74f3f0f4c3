/* funcorder.c: where closures and instantiations sit in IrPackage.funcs.
 *
 * gc appends a closure to Target.Funcs when the reader meets its literal,
 * that is while it reads the enclosing body, and an instantiation once its
 * body is read. The bodies of the declared functions are not read in
 * declaration order: after the declarations, readBodies pops them (with
 * the instantiations they create) from a stack (ir_inst_reads replays
 * it). Only the initialisers are read up front, so init's closures come
 * right after init. The builder makes closures as it builds bodies, in
 * declaration order; irb_order_funcs then moves each group (the closures
 * of a declared function or of an instantiation, nested ones in source
 * order, then the instantiation itself) to where gc reads its body.
 *
 * The position matters for closures that capture nothing: they are not
 * gc's "closures" (ir.Func.IsClosure), so escape analysis starts a batch
 * at them in list order and the backend (walk) compiles them on their own
 * at that place rather than with their enclosing function. */
#include <stdint.h>
#include <string.h>

#include "ir/irb.h"

/* group_of: the declared function or instantiation whose body holds fn
 * (fn itself for an instantiation), or NULL when fn stays where it is */
static IrFunc *group_of(IrFunc *fn) {
    IrFunc *top = fn;
    while (top->outer) top = top->outer;
    if (top == fn && !fn->origin) return NULL; /* a declared function, init, map.init.N */
    if (top->obj || top->origin) return top;
    return NULL; /* init's closures */
}

/* Members of each group in list order: first[top] and next[i] chain the
 * indices (+1; 0 ends). */
typedef struct Groups {
    IrFunc **old;
    int n;
    IrFunc **top;  /* group_of each */
    int *next;
    bool *placed;
    Map first;     /* IrFunc* -> index + 1 */
} Groups;

static void chain(Groups *g) {
    Map last = {0};
    for (int i = 0; i < g->n; i++) {
        IrFunc *t = g->top[i] = group_of(g->old[i]);
        if (!t) continue;
        int prev = (int)(intptr_t)map_getp(&last, t);
        if (prev) g->next[prev - 1] = i + 1;
        else map_putp(&g->first, t, (void *)(intptr_t)(i + 1));
        map_putp(&last, t, (void *)(intptr_t)(i + 1));
    }
    map_clear(&last);
}

static void put(IrBuilder *b, Groups *g, int i) {
    g->placed[i] = true;
    ir_vec_push(b->a, &b->ip->funcs, g->old[i]);
}

/* place_group appends the closures of top, then top itself if it is an
 * instantiation. */
static void place_group(IrBuilder *b, Groups *g, IrFunc *top) {
    int self = -1;
    for (int i = (int)(intptr_t)map_getp(&g->first, top) - 1; i >= 0; i = g->next[i] - 1) {
        if (g->placed[i]) continue;
        if (g->old[i] == top) self = i;
        else put(b, g, i);
    }
    if (self >= 0) put(b, g, self);
}

void irb_order_funcs(IrBuilder *b, IrbStencil *st, const IrInstRead *reads, int nreads) {
    IrPackage *ip = b->ip;
    int n = ip->funcs.n;
    Groups g = {ip->funcs.a, n, xmalloc(sizeof(IrFunc *) * (size_t)(n + 1)), xmalloc(sizeof(int) * (size_t)(n + 1)),
                xmalloc(sizeof(bool) * (size_t)(n + 1)), {0}};
    memset(g.next, 0, sizeof(int) * (size_t)(n + 1));
    memset(g.placed, 0, sizeof(bool) * (size_t)(n + 1));
    chain(&g);
    ip->funcs.a = NULL, ip->funcs.n = ip->funcs.cap = 0;
    for (int i = 0; i < n; i++)
        if (!g.top[i]) put(b, &g, i);
    for (int r = 0; r < nreads; r++) {
        IrFunc *top = reads[r].local ? map_getp(&b->funcs, reads[r].local) : irb_stencil_func(st, reads[r].inst);
        if (top) place_group(b, &g, top);
    }
    for (int i = 0; i < n; i++) /* anything no read accounts for keeps its order */
        if (!g.placed[i]) put(b, &g, i);
    free(g.top), free(g.next), free(g.placed);
    map_clear(&g.first);
}
