/* walk.c: visiting IR trees, and the facts gc's ir package derives from
 * them: ir.Any, Reassigned (IRN_REASSIGNED), StaticValue, OuterValue.
 *
 * ir_any visits a node before its children (init list first, then the
 * operand fields, then the lists), as gc's ir.Any does; it does not enter
 * the bodies of closures. */
#include "ir/irb.h"

static bool each_of(IrNodes *l, IrAnyFn f, void *ctx) {
    for (int i = 0; i < l->n; i++)
        if (f(l->a[i], ctx)) return true;
    return false;
}

bool ir_each_child(IrNode *n, IrAnyFn f, void *ctx) {
    if (each_of(&n->init, f, ctx)) return true;
    IrNode *kids[] = {n->x, n->y, n->z, n->cond, n->post, n->key, n->value, n->len};
    for (int i = 0; i < 8; i++)
        if (kids[i] && f(kids[i], ctx)) return true;
    return each_of(&n->list, f, ctx) || each_of(&n->rlist, f, ctx) || each_of(&n->body, f, ctx) ||
           each_of(&n->els, f, ctx);
}

static bool any_list(IrNodes *l, IrAnyFn f, void *ctx) {
    for (int i = 0; i < l->n; i++)
        if (ir_any(l->a[i], f, ctx)) return true;
    return false;
}

bool ir_any(IrNode *n, IrAnyFn f, void *ctx) {
    if (!n) return false;
    if (f(n, ctx)) return true;
    return ir_any_children(n, f, ctx);
}

typedef struct AnyStep {
    IrAnyFn f;
    void *ctx;
} AnyStep;

static bool any_step(IrNode *n, void *ctx) {
    AnyStep *s = ctx;
    return ir_any(n, s->f, s->ctx);
}

bool ir_any_children(IrNode *n, IrAnyFn f, void *ctx) { return ir_each_child(n, any_step, &(AnyStep){f, ctx}); }

bool ir_any_func(IrFunc *fn, IrAnyFn f, void *ctx) { return any_list(&fn->body, f, ctx); }

bool ir_is_closure(const IrFunc *fn) {
    if (!fn->closure) return false;
    if (fn->closure_vars.n) return true;
    while (fn->outer) fn = fn->outer;
    return fn->origin && (fn->flags & IRFN_DUPOK);
}

IrNode *ir_outer_value(IrNode *n) {
    for (;;) {
        if (n->op == IR_DOT || n->op == IR_CONVNOP) n = n->x;
        else if (n->op == IR_INDEX && n->x->type && ty_underlying(n->x->type)->kind == T_ARRAY) n = n->x;
        else return n;
    }
}

IrName *ir_canonical(IrName *n) {
    while ((n->flags & IRN_CLOSUREVAR) && n->outer) n = n->outer;
    return n;
}

/* ---- reassignment ------------------------------------------------------------------ */

static IrName *assigned_name(IrNode *x) {
    if (!x) return NULL;
    x = ir_outer_value(x);
    return x->op == IR_NAME && x->name ? ir_canonical(x->name) : NULL;
}

static void mark(IrNode *lhs, IrNode *stmt, bool always) {
    IrName *n = assigned_name(lhs);
    if (n && (always || n->defn != stmt)) n->flags |= IRN_REASSIGNED;
}

static bool reassign_visit(IrNode *n, void *ctx) {
    (void)ctx;
    switch (n->op) {
    case IR_AS: mark(n->x, n, false); break;
    case IR_AS2: case IR_AS2FUNC: case IR_AS2MAPR: case IR_AS2DOTTYPE: case IR_AS2RECV:
        for (int i = 0; i < n->list.n; i++) mark(n->list.a[i], n, false);
        break;
    case IR_ASOP: mark(n->x, n, true); break;
    case IR_RANGE:
        mark(n->key, n, true);
        mark(n->value, n, true);
        break;
    case IR_CLOSURE: ir_any_func(n->func, reassign_visit, ctx); break;
    default: break;
    }
    return false;
}

static void addrtaken_reassigned(IrFunc *fn) {
    for (int i = 0; i < fn->dcl.n; i++)
        if (fn->dcl.a[i]->flags & IRN_ADDRTAKEN) fn->dcl.a[i]->flags |= IRN_REASSIGNED;
}

/* irb_mark_reassigned computes IRN_REASSIGNED (gc's ir.Reassigned) for
 * the variables of every function of the package (package-level variables
 * are marked when made). */
void irb_mark_reassigned(IrPackage *ip) {
    for (int i = 0; i < ip->funcs.n; i++)
        if (!ip->funcs.a[i]->outer) ir_any_func(ip->funcs.a[i], reassign_visit, NULL);
    for (int i = 0; i < ip->funcs.n; i++) addrtaken_reassigned(ip->funcs.a[i]);
}

/* ---- StaticValue -------------------------------------------------------------------- */

static IrNode *static_value1(IrNode *nn) {
    if (nn->op != IR_NAME || !nn->name) return NULL;
    IrName *n = ir_canonical(nn->name);
    if (n->class != PAUTO || !n->defn || (n->flags & IRN_REASSIGNED)) return NULL;
    IrNode *d = n->defn;
    if (d->op == IR_AS) return d->y;
    if (d->op == IR_AS2) {
        for (int i = 0; i < d->list.n && i < d->rlist.n; i++)
            if (d->list.a[i]->op == IR_NAME && d->list.a[i]->name == n) return d->rlist.a[i];
    }
    return NULL;
}

IrNode *ir_static_value(IrNode *n) {
    for (;;) {
        if (n->op == IR_CONVNOP) {
            n = n->x;
            continue;
        }
        IrNode *n1 = static_value1(n);
        if (!n1) return n;
        n = n1;
    }
}
