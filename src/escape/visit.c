/* visit.c: depth-first walks over IR (gc's ir.Any and ir.Visit).
 *
 * A node comes before its children; children come in gc's DoChildren
 * order: the init statements, then the operands (x y z cond post key
 * value len), then the lists (list rlist body els). The body of a
 * closure is another function and is not entered. */
#include "escape/esc.h"

bool esc_any_list(IrNodes *l, EscVisitFn f, void *ctx) {
    for (int i = 0; i < l->n; i++)
        if (esc_any(l->a[i], f, ctx)) return true;
    return false;
}

bool esc_any(IrNode *n, EscVisitFn f, void *ctx) {
    if (!n) return false;
    if (f(n, ctx)) return true;
    if (esc_any_list(&n->init, f, ctx)) return true;
    if (n->op == IR_CLOSURE) return false;
    IrNode *kids[] = {n->x, n->y, n->z, n->cond, n->post, n->key, n->value, n->len};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (esc_any(kids[i], f, ctx)) return true;
    return esc_any_list(&n->list, f, ctx) || esc_any_list(&n->rlist, f, ctx) || esc_any_list(&n->body, f, ctx) ||
           esc_any_list(&n->els, f, ctx);
}
