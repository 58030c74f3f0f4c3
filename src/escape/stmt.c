/* stmt.c: statements (gc's escape/stmt.go).
 *
 * Statements are evaluated for their flows, without regard to control
 * flow; what matters besides assignments is the loop depth: a for or
 * range body, and the code after a label that a later goto jumps back
 * to, are one level deeper, and a declaration records the depth it is
 * made at. */
#include "escape/esc.h"

#include <string.h>

void esc_stmts(Escape *e, IrNodes *l) {
    for (int i = 0; i < l->n; i++) esc_stmt(e, l->a[i]);
}

/* esc_block is esc_stmts keeping the loop depth. */
void esc_block(Escape *e, IrNodes *l) {
    int old = e->loop_depth;
    esc_stmts(e, l);
    e->loop_depth = old;
}

EscHole esc_dcl(Escape *e, IrName *n) {
    if (n->flags & IRN_CLOSUREVAR) die("bad declaration of %s", n->sym->s);
    EscLoc *loc = esc_old_loc(n);
    loc->loop_depth = e->loop_depth;
    return esc_as_hole(loc);
}

static bool is_blank_name(const IrName *n) { return !n->sym || !strcmp(n->sym->s, "_"); }

static void label_stmt(Escape *e, IrNode *n) {
    if (!n->label || !strcmp(n->label->s, "_")) return;
    if ((uintptr_t)map_getp(&e->labels, n->label) == LABEL_LOOPING) e->loop_depth++;
}

/* range_stmt: X is evaluated once, before the loop, and lives as long as
 * the loop; key and value take (elements of) it on every iteration. */
static void range_stmt(Escape *e, IrNode *n) {
    EscBatch *b = e->b;
    EscLoc *tmp = esc_new_loc(e, NULL, NULL, true);
    esc_expr(e, esc_as_hole(tmp), n->x);
    e->loop_depth++;
    EscHole ks[2] = {esc_addr(e, n->key), esc_addr(e, n->value)};
    if (n->x && esc_is_kind(n->x->type, T_ARRAY)) esc_flow(b, esc_note(b, ks[1], n, "range"), tmp);
    else esc_flow(b, esc_deref(b, ks[1], n, "range-deref"), tmp);
    esc_reassigned(e, ks, 2, n);
    esc_block(e, &n->body);
    e->loop_depth--;
}

/* type_switch: each case's variable receives the guarded value (read
 * through the interface's data word unless stored directly). */
static void type_switch(Escape *e, IrNode *n) {
    IrNode *guard = n->x;
    Vec(EscHole) ks = {0};
    bool bound = guard->y != NULL; /* switch v := x.(type) */
    for (int i = 0; i < n->list.n; i++) bound |= n->list.a[i]->name != NULL;
    if (bound) {
        for (int i = 0; i < n->list.n; i++) {
            IrNode *cas = n->list.a[i];
            IrName *cv = cas->name;
            if (!cv) continue;
            EscHole k = esc_dcl(e, cv);
            if (esc_has_pointers(cv->type)) vec_push(&ks, esc_dot_type(e->b, k, cv->type, cas, "switch case"));
        }
    }
    esc_expr(e, esc_tee_hole(e, ks.a, ks.n), guard->x);
    vec_free(&ks);
}

static void switch_stmt(Escape *e, IrNode *n) {
    if (n->x && n->x->op == IR_TYPESW) type_switch(e, n);
    else esc_discard(e, n->x);
    for (int i = 0; i < n->list.n; i++) {
        IrNode *cas = n->list.a[i];
        esc_discards(e, &cas->list);
        esc_block(e, &cas->body);
    }
}

static void return_stmt(Escape *e, IrNode *n) {
    IrFunc *fn = e->curfn;
    int nres = fn->results.n;
    IrNode **dsts = xmalloc(sizeof(IrNode *) * (size_t)(nres + 1));
    for (int i = 0; i < nres; i++) {
        IrNode *d = NEW(e->b->arena, IrNode);
        d->op = IR_NAME;
        d->name = fn->results.a[i];
        d->type = d->name->type;
        d->pos = d->name->pos;
        dsts[i] = d;
    }
    esc_assign_list(e, dsts, nres, n->list.a, n->list.n, "return", n);
    free(dsts);
}

/* comma_ok_why: the note of a comma-ok assignment by its right-hand side
 * (an AS2FUNC whose value is not a call is one). */
static const char *comma_ok_why(IrNode *rhs) {
    switch (rhs->op) {
    case IR_INDEXMAP: return "assign-pair-mapr";
    case IR_DOTTYPE: case IR_DOTTYPE2: case IR_DYNAMICDOTTYPE: case IR_DYNAMICDOTTYPE2: return "assign-pair-dot-type";
    case IR_RECV: return "assign-pair-receive";
    default: return NULL;
    }
}

static void assign_stmt(Escape *e, IrNode *n, const char *why);

static void as2func_stmt(Escape *e, IrNode *n) {
    IrNode *call = n->rlist.n ? n->rlist.a[0] : NULL;
    if (!call) return;
    if (comma_ok_why(call)) {
        assign_stmt(e, n, comma_ok_why(call));
        return;
    }
    esc_stmts(e, &call->init);
    EscHole *ks = xmalloc(sizeof(EscHole) * (size_t)(n->list.n + 1));
    for (int i = 0; i < n->list.n; i++) ks[i] = esc_addr(e, n->list.a[i]);
    esc_call(e, ks, n->list.n, call);
    esc_reassigned(e, ks, n->list.n, n);
    free(ks);
}

static void assign_stmt(Escape *e, IrNode *n, const char *why) {
    switch (n->op) {
    case IR_AS:
    case IR_ASOP: esc_assign_list(e, &n->x, 1, n->y ? &n->y : NULL, n->y ? 1 : 0, why, n); return;
    default: esc_assign_list(e, n->list.a, n->list.n, n->rlist.a, n->rlist.n, why, n); return;
    }
}

void esc_stmt(Escape *e, IrNode *n) {
    if (!n) return;
    esc_stmts(e, &n->init);
    switch ((IrOp)n->op) {
    case IR_FALL: case IR_INLMARK: case IR_BREAK: case IR_CONTINUE: case IR_GOTO: return;
    case IR_BLOCK: esc_stmts(e, &n->list); return;
    case IR_DCL:
        if (n->x && n->x->name && !is_blank_name(n->x->name)) esc_dcl(e, n->x->name);
        return;
    case IR_LABEL: label_stmt(e, n); return;
    case IR_IF:
        esc_discard(e, n->cond);
        esc_block(e, &n->body);
        esc_block(e, &n->els);
        return;
    case IR_CHECKNIL: esc_discard(e, n->x); return;
    case IR_FOR:
        e->loop_depth++;
        esc_discard(e, n->cond);
        esc_stmt(e, n->post);
        esc_block(e, &n->body);
        e->loop_depth--;
        return;
    case IR_RANGE: range_stmt(e, n); return;
    case IR_SWITCH: switch_stmt(e, n); return;
    case IR_SELECT:
        for (int i = 0; i < n->list.n; i++) {
            esc_stmt(e, n->list.a[i]->x);
            esc_block(e, &n->list.a[i]->body);
        }
        return;
    case IR_RECV: esc_expr_skip_init(e, esc_discard_hole(e->b), n); return;
    case IR_SEND:
        esc_discard(e, n->x);
        esc_assign_heap(e, n->y, "send", n);
        return;
    case IR_AS: case IR_ASOP: assign_stmt(e, n, "assign"); return;
    case IR_AS2: assign_stmt(e, n, "assign-pair"); return;
    case IR_AS2DOTTYPE: assign_stmt(e, n, "assign-pair-dot-type"); return;
    case IR_AS2MAPR: assign_stmt(e, n, "assign-pair-mapr"); return;
    case IR_AS2RECV: assign_stmt(e, n, "assign-pair-receive"); return;
    case IR_AS2FUNC: as2func_stmt(e, n); return;
    case IR_RETURN: return_stmt(e, n); return;
    case IR_CALLFUNC: case IR_CALLINTER: case IR_CLEAR: case IR_CLOSE: case IR_COPY: case IR_DELETE:
    case IR_PANIC: case IR_PRINT: case IR_PRINTLN: case IR_RECOVER:
        esc_call(e, NULL, 0, n);
        return;
    case IR_GO: case IR_DEFER: esc_go_defer(e, n); return;
    default: /* an expression the IR kept as a statement: evaluate it */
        esc_expr_skip_init(e, esc_discard_hole(e->b), n);
        return;
    }
}
