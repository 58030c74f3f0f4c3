/* mapinit.c: big package-level map initialisers move to functions of
 * their own (gc's staticinit.OutlineMapInits, done as the reader builds
 * the init function).
 *
 * An initialiser `m = <expr>` of a single, non-blank variable of map type
 * whose right-hand side counts at least 20 IR nodes (gc counts every node
 * ir.Any visits) and has no side effects becomes the body of a new
 * function "map.init.N" (N counts per package from 0), and the init
 * function calls it instead. The new functions follow init and its
 * closures in the function list. Escape analysis reports the same lines
 * for the literal, but as the init function calls them, bottom-up order
 * analyses them before the rest of init: their lines come first. */
#include <stdio.h>

#include "ir/irb.h"

enum { MAPINIT_MIN_NODES = 20 }; /* gc's wrapGlobalMapInitSizeThreshold */

typedef struct Size {
    IrFunc *init;
    int nodes;
    bool local; /* a local of init: not movable (gc never has one here) */
} Size;

static bool count(IrNode *n, void *ctx) {
    Size *s = ctx;
    s->nodes++;
    if (n->op == IR_SLICELIT && n->len) s->nodes--; /* our backing length is no child in gc */
    if (n->op == IR_NAME && n->name && n->name->curfn == s->init) s->local = true;
    return false;
}

static bool outlinable(IrBuilder *b, IrFunc *init, IrNode *as) {
    if (as->op != IR_AS || !as->x || as->x->op != IR_NAME || ir_is_blank(as->x) || !as->y) return false;
    Type *t = as->x->type ? irb_under(as->x->type) : NULL;
    if (!t || t->kind != T_MAP) return false;
    Size s = {init, 0, false};
    ir_any(as->y, count, &s);
    return s.nodes >= MAPINIT_MIN_NODES && !s.local && !irb_any_side_effects(as->y);
}

static Type *empty_signature(void) {
    Type *t = ty_new(T_SIGNATURE);
    t->u.sig.params = ty_tuple(NULL, 0);
    t->u.sig.results = ty_tuple(NULL, 0);
    return t;
}

/* outline: the function holding as, and the call of it that replaces as */
static IrNode *outline(IrBuilder *b, IrNode *as, int gen) {
    char buf[32];
    snprintf(buf, sizeof buf, "map.init.%d", gen);
    IrFunc *fn = irb_new_func(b, intern_cstr(buf), as->pos, empty_signature(), NULL);
    fn->flags |= IRFN_HASBODY;
    irb_push(b, &fn->body, as);
    ir_vec_push(b->a, &b->ip->funcs, fn);
    IrNode *call = irb_node(b, IR_CALLFUNC, as->pos, NULL);
    call->x = irb_name_node(b, fn->nname);
    call->x->pos = as->pos;
    return call;
}

void irb_outline_map_inits(IrBuilder *b, IrFunc *init) {
    int gen = 0;
    for (int i = 0; i < init->body.n; i++)
        if (outlinable(b, init, init->body.a[i])) init->body.a[i] = outline(b, init->body.a[i], gen++);
}
