/* deadlocals.c: gc's deadlocals pass, run before escape analysis.
 *
 * Assignments of a name, a constant, nil or a closure (with nothing in
 * their init lists) to a parameter or local that is never read afterwards
 * become `_ = 0`, so a closure stored in an unused variable is not an
 * allocation site any more. A closure's body is scanned with the
 * function it appears in; functions with captured variables are skipped
 * as gc does (trivial closures are scanned again on their own). */
#include "ir/irb.h"

typedef struct Assign {
    IrNode **lhs, **rhs;
} Assign;

typedef Vec(Assign) Assigns;

typedef struct Defs {
    Assigns v;  /* assignments waiting: dropped unless the variable is read */
    bool live;  /* read somewhere: assignments are kept */
} Defs;

typedef struct Dead {
    IrBuilder *b;
    Map defs;            /* IrName* -> Defs* */
    Vec(IrName *) keys;  /* insertion order */
} Dead;

static void node(Dead *d, IrNode *n);

static void nodes(Dead *d, IrNodes *l) {
    for (int i = 0; i < l->n; i++) node(d, l->a[i]);
}

static bool is_local(IrName *n, bool blank_not_use) {
    if (n->sym->len == 1 && n->sym->s[0] == '_') return blank_not_use;
    return n->class == PAUTO || n->class == PPARAM;
}

static Defs *defs_of(Dead *d, IrName *n) {
    Defs *s = map_getp(&d->defs, n);
    if (!s) {
        s = xmalloc(sizeof *s);
        *s = (Defs){{0}, false};
        map_putp(&d->defs, n, s);
        vec_push(&d->keys, n);
    }
    return s;
}

static void use(Dead *d, IrName *n) {
    n = ir_canonical(n);
    if (!is_local(n, false)) return;
    Defs *s = defs_of(d, n);
    s->live = true;
    Assigns pending = s->v;
    s->v = (Assigns){0};
    for (int i = 0; i < pending.n; i++) node(d, *pending.a[i].rhs);
    vec_free(&pending);
}

static bool has_effects(IrNode *n) {
    if (!n) return false;
    if (n->init.n) return true;
    return !(n->op == IR_NAME || n->op == IR_LITERAL || n->op == IR_NIL || n->op == IR_CLOSURE);
}

static void assign(Dead *d, IrNode **lhs, IrNode **rhs, bool blank_not_use) {
    if ((*lhs)->op != IR_NAME || !(*lhs)->name) {
        node(d, *lhs);
        node(d, *rhs);
        return;
    }
    IrName *name = ir_canonical((*lhs)->name);
    if (is_local(name, blank_not_use) && !has_effects(*rhs)) {
        Defs *s = defs_of(d, name);
        if (!s->live) {
            vec_push(&s->v, ((Assign){lhs, rhs}));
            return;
        }
    }
    node(d, *rhs);
}

static bool node_step(IrNode *n, void *ctx) {
    node(ctx, n);
    return false;
}

static void children(Dead *d, IrNode *n) { ir_each_child(n, node_step, d); }

static void node(Dead *d, IrNode *n) {
    if (!n) return;
    switch (n->op) {
    case IR_CLOSURE:
        nodes(d, &n->init);
        for (int i = 0; i < n->func->closure_vars.n; i++) use(d, n->func->closure_vars.a[i]);
        nodes(d, &n->func->body);
        return;
    case IR_DCL: return;
    case IR_NAME:
        if (n->name) use(d, n->name);
        return;
    case IR_AS:
        nodes(d, &n->init);
        assign(d, &n->x, &n->y, false);
        return;
    case IR_AS2: {
        nodes(d, &n->init);
        bool nonblank = false;
        for (int i = 0; i < n->list.n; i++)
            if (!ir_is_blank(n->list.a[i])) nonblank = true;
        for (int i = 0; i < n->list.n && i < n->rlist.n; i++) assign(d, &n->list.a[i], &n->rlist.a[i], nonblank);
        return;
    }
    default: children(d, n); return;
    }
}

void irb_deadlocals(IrBuilder *b, IrFunc *fn) {
    if (fn->closure && fn->closure_vars.n) return;
    Dead d = {b, {0}, {0}};
    nodes(&d, &fn->body);
    for (int i = 0; i < d.keys.n; i++) {
        IrName *k = d.keys.a[i];
        Defs *s = map_getp(&d.defs, k);
        for (int j = 0; j < s->v.n; j++) {
            *s->v.a[j].lhs = irb_blank(b);
            *s->v.a[j].rhs = irb_int(b, (Pos){0}, ty_basic[B_INT], 0);
        }
        if (s->v.n) k->defn = NULL;
        vec_free(&s->v);
        free(s);
    }
    vec_free(&d.keys);
    map_clear(&d.defs);
}
