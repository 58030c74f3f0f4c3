/* escape.c: the entry point (esc_package) and one batch of escape
 * analysis (gc's escape/escape.go: Batch, initFunc, walkFunc,
 * flowClosure).
 *
 * A batch is a strongly connected component of the call graph with the
 * closures of its functions. Every local of every function gets a
 * location; the bodies of the non-closure functions are walked (closures
 * are walked where their literal appears, since the enclosing function's
 * state decides how they capture); then the captures are flowed, the
 * size rules add their heap flows, the graph is solved and the results
 * are recorded and reported (finish.c). */
#include "escape/esc.h"

#include <stdarg.h>
#include <string.h>

/* ---- shared helpers ---------------------------------------------------------------- */

EscFunc *esc_func(EscBatch *b, IrFunc *fn) {
    if (!fn->opt) fn->opt = NEW(b->ip->arena, EscFunc);
    return fn->opt;
}

bool esc_is_closure(const IrFunc *fn) { return ir_is_closure(fn); }

/* esc_in_mutual_batch: fn is being analysed in the current batch, so its
 * params and results join the graph instead of its tags. */
bool esc_in_mutual_batch(IrFunc *fn) {
    EscFunc *ef = fn ? esc_func_state(fn) : NULL;
    return ef && ef->esc != ESC_FUNC_UNKNOWN && ef->esc < ESC_FUNC_TAGGED;
}

const char *esc_func_name(const IrFunc *fn) {
    return fn && fn->nname && fn->nname->sym ? fn->nname->sym->s : "<nil>";
}

void esc_warn(EscBatch *b, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(b->out, pos, fmt, ap);
    va_end(ap);
}

void esc_fmt_pos(EscBatch *b, StrBuf *sb, Pos pos) {
    pos_format(sb, pos, POS_EXPORT | (b->cfg->no_col ? POS_NOCOL : 0));
}

/* ---- one batch ------------------------------------------------------------------- */

static Escape with(EscBatch *b, IrFunc *fn) { return (Escape){.b = b, .curfn = fn, .loop_depth = 1}; }

static void init_func(EscBatch *b, IrFunc *fn) {
    Escape e = with(b, fn);
    EscFunc *ef = esc_func(b, fn);
    if (ef->esc != ESC_FUNC_UNKNOWN) die("function %s analysed twice", esc_func_name(fn));
    ef->esc = ESC_FUNC_PLANNED;
    for (int i = 0; i < fn->dcl.n; i++)
        if (!fn->dcl.a[i]->opt) esc_new_loc(&e, NULL, fn->dcl.a[i], true);
    if (!fn->closure) /* hidden parameters of wrappers (".this") */
        for (int i = 0; i < fn->closure_vars.n; i++) {
            IrName *n = ir_canonical(fn->closure_vars.a[i]);
            if (!n->opt) esc_new_loc(&e, NULL, n, true);
        }
    for (int i = 0; i < fn->results.n; i++) {
        IrName *r = fn->results.a[i];
        if (!r->opt) esc_new_loc(&e, NULL, r, true);
        esc_old_loc(r)->result_index = 1 + i;
    }
    for (int i = 0; i < fn->params.n; i++) /* params the IR left out of dcl */
        if (!fn->params.a[i]->opt && fn->params.a[i]->sym) esc_new_loc(&e, NULL, fn->params.a[i], true);
}

typedef struct LabelScan {
    Escape *e;
} LabelScan;

/* find_labels marks labels that a later goto jumps back to as loops. */
static bool find_labels(IrNode *n, void *ctx) {
    Escape *e = ((LabelScan *)ctx)->e;
    if (n->op == IR_LABEL && n->label && strcmp(n->label->s, "_"))
        map_putp(&e->labels, n->label, (void *)(uintptr_t)LABEL_NONLOOPING);
    else if (n->op == IR_GOTO && n->label &&
             (uintptr_t)map_getp(&e->labels, n->label) == LABEL_NONLOOPING)
        map_putp(&e->labels, n->label, (void *)(uintptr_t)LABEL_LOOPING);
    return false;
}

void esc_walk_func(EscBatch *b, IrFunc *fn) {
    Escape e = with(b, fn);
    esc_func(b, fn)->esc = ESC_FUNC_STARTED;
    LabelScan ls = {&e};
    ir_any_func(fn, find_labels, &ls);
    esc_block(&e, &fn->body);
    map_clear(&e.labels);
}

/* name_node: a NAME node for a variable, for notes that need a node */
static IrNode *name_node(EscBatch *b, IrName *name) {
    IrNode *n = NEW(b->arena, IrNode);
    n->op = IR_NAME;
    n->name = name;
    n->pos = name->pos;
    n->type = name->type;
    return n;
}

/* flow_closure decides how a closure captures each variable (by value
 * when small, never reassigned and never address-taken) and flows the
 * variables into the closure record. */
static void flow_closure(EscBatch *b, EscHole k, IrNode *clo) {
    IrFunc *fn = clo->func;
    for (int i = 0; i < fn->closure_vars.n; i++) {
        IrName *cv = fn->closure_vars.a[i], *n = ir_canonical(cv);
        EscLoc *loc = esc_old_loc(cv);
        if (!loc->captured) die("closure variable never captured: %s", n->sym->s);
        int64_t width = esc_size(n->type);
        bool byval = !loc->addrtaken && !loc->reassigned && width <= 128;
        n->flags = byval ? (n->flags | IRN_BYVAL) : (n->flags & ~(uint32_t)IRN_BYVAL);
        if (!byval) n->flags |= IRN_ADDRTAKEN;
        if (b->cfg->m > 1)
            esc_warn(b, n->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
                     esc_func_name(n->curfn), byval ? "value" : "ref", n->sym->s, loc->addrtaken ? "true" : "false",
                     loc->reassigned ? "true" : "false", (long long)width);
        EscHole kk = k;
        IrNode *where = b->cfg->m >= 2 ? name_node(b, cv) : clo; /* notes name the closure's variable */
        if (!byval) kk = esc_addr_of(b, kk, where, "reference");
        esc_flow(b, esc_note(b, kk, where, "captured by a closure"), loc);
    }
}

static void batch_init(EscBatch *b, EscPkg *pkg) {
    const EscConfig *cfg = pkg->cfg;
    memset(b, 0, sizeof *b);
    b->pkg = pkg;
    b->ip = pkg->ip;
    b->cfg = cfg;
    b->out = pkg->out;
    b->arena = arena_new();
    b->heap_loc.attrs = ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
    b->mutator_loc.attrs = ATTR_MUTATES;
    b->callee_loc.attrs = ATTR_CALLS;
    b->max_stack_var = cfg->smallframes ? 64 * 1024 : 128 * 1024;
    b->max_implicit_stack_var = cfg->smallframes ? 16 * 1024 : 64 * 1024;
}

void esc_batch(EscPkg *pkg, IrFunc **fns, int nfns) {
    EscBatch b;
    batch_init(&b, pkg);
    for (int i = 0; i < nfns; i++) init_func(&b, fns[i]);
    for (int i = 0; i < nfns; i++)
        if (!esc_is_closure(fns[i])) esc_walk_func(&b, fns[i]);
    for (int i = 0; i < b.closures.n; i++) flow_closure(&b, b.closures.a[i].k, b.closures.a[i].clo);
    vec_free(&b.closures);
    for (int i = 0; i < b.all_locs.n; i++) {
        EscLoc *loc = b.all_locs.a[i];
        if (loc->n) esc_rewrite_with_literals(&b, loc->n, loc->curfn);
        const char *why = esc_heap_alloc_reason(&b, loc);
        if (why) {
            IrNode *where = loc->n ? loc->n : name_node(&b, loc->name);
            esc_flow(&b, esc_addr_of(&b, esc_heap_hole(&b), where, why), loc);
        }
    }
    esc_walk_all(&b);
    esc_finish(&b, fns, nfns);
    vec_free(&b.all_locs);
    arena_free(b.arena);
}

/* ---- the package ------------------------------------------------------------------- */

static void analyze(IrFunc **fns, int n, void *ctx) { esc_batch(ctx, fns, n); }

void esc_package(IrPackage *ip, const EscConfig *cfg, DiagList *out) {
    EscPkg pkg = {.ip = ip, .cfg = cfg, .out = out};
    for (int i = 0; i < ip->funcs.n; i++) /* shaped instances share their origin's object */
        if (ip->funcs.a[i]->obj && !(ip->funcs.a[i]->flags & IRFN_DUPOK))
            map_putp(&pkg.funcs_by_obj, ip->funcs.a[i]->obj, ip->funcs.a[i]);
    esc_visit_bottom_up(&pkg, analyze, &pkg);
    for (int i = 0; i < pkg.oracles.n; i++) esc_reassign_free(pkg.oracles.a[i]);
    vec_free(&pkg.oracles);
    map_clear(&pkg.funcs_by_obj);
}
