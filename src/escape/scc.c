/* scc.c: batches of functions, bottom-up over the call graph (gc's
 * ir.VisitFuncsBottomUp, Tarjan's algorithm).
 *
 * Each strongly connected component of the static call graph is handed to
 * analyze after every function it calls; a func literal that captures
 * variables cannot root a component, so it joins the component of the
 * function it appears in. Each function is two virtual nodes (id and
 * id+1, searching from id+1) so that a lone function and a function that
 * calls itself are told apart, as gc does. The order of components, and
 * of functions within one, follows gc's: the package's function list in
 * order, callees in the order their references appear in the body. */
#include "escape/esc.h"

#include <string.h>

typedef struct BottomUp {
    EscPkg *pkg;
    void (*analyze)(IrFunc **fns, int n, void *ctx);
    void *ctx;
    uint32_t visitgen;
    Map node_id; /* IrFunc* -> id (UINT32_MAX: done) */
    Vec(IrFunc *) stack;
} BottomUp;

static uint32_t visit(BottomUp *v, IrFunc *fn);

typedef struct Refs {
    BottomUp *v;
    uint32_t min;
} Refs;

static void visit_ref(Refs *r, IrFunc *fn) {
    if (!fn) return;
    uint32_t m = visit(r->v, fn);
    if (m < r->min) r->min = m;
}

/* referenced_func: the function a node refers to, if its IR is here */
static IrFunc *referenced_func(EscPkg *pkg, IrNode *n) {
    switch (n->op) {
    case IR_NAME: return n->name && n->name->class == PFUNC ? n->name->func : NULL;
    case IR_METHEXPR:
    case IR_METHVALUE:
        if (n->name && n->name->class == PFUNC && n->name->func) return n->name->func;
        if (n->func) return n->func; /* a shaped method, an instantiation's wrapper */
        return n->sel ? esc_obj_func(pkg, n->sel) : NULL;
    case IR_CLOSURE: return n->func;
    default: return NULL;
    }
}

static bool find_refs(IrNode *n, void *ctx) {
    Refs *r = ctx;
    visit_ref(r, referenced_func(r->v->pkg, n));
    return false;
}

static uint32_t visit(BottomUp *v, IrFunc *fn) {
    uint32_t id = (uint32_t)(uintptr_t)map_getp(&v->node_id, fn);
    if (id > 0) return id;
    id = ++v->visitgen;
    map_putp(&v->node_id, fn, (void *)(uintptr_t)id);
    Refs r = {v, ++v->visitgen};
    vec_push(&v->stack, fn);
    ir_any_func(fn, find_refs, &r);
    if ((r.min == id || r.min == id + 1) && !esc_is_closure(fn)) {
        int i = v->stack.n - 1;
        for (; i >= 0; i--) {
            map_putp(&v->node_id, v->stack.a[i], (void *)(uintptr_t)UINT32_MAX);
            if (v->stack.a[i] == fn) break;
        }
        int n = v->stack.n - i;
        IrFunc **block = xmalloc(sizeof(IrFunc *) * (size_t)n);
        memcpy(block, v->stack.a + i, sizeof(IrFunc *) * (size_t)n);
        v->stack.n = i;
        v->analyze(block, n, v->ctx);
        free(block);
    }
    return r.min;
}

void esc_visit_bottom_up(EscPkg *pkg, void (*analyze)(IrFunc **fns, int n, void *ctx), void *ctx) {
    IrPackage *ip = pkg->ip;
    BottomUp v = {.pkg = pkg, .analyze = analyze, .ctx = ctx};
    for (int i = 0; i < ip->funcs.n; i++)
        if (!esc_is_closure(ip->funcs.a[i])) visit(&v, ip->funcs.a[i]);
    map_clear(&v.node_id);
    vec_free(&v.stack);
}
