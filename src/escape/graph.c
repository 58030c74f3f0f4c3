/* graph.c: the location graph (gc's escape/graph.go).
 *
 * A location stands for a variable, an allocation site or a temporary of
 * the graph; its edges are the assignments into it, each with the number
 * of dereferences minus address-of operations on the way (derefs: "p =
 * &q" is -1, "p = *q" is 1). A hole is the context an expression is
 * evaluated in: where its value goes and with how many derefs. Notes
 * (where/why) are kept only for -m=2 explanations. Everything lives in
 * the batch's scratch arena. */
#include "escape/esc.h"

#include <string.h>

bool esc_has_attr(const EscLoc *l, int attr) { return (l->attrs & attr) != 0; }

EscHole esc_as_hole(EscLoc *l) { return (EscHole){.dst = l}; }

EscHole esc_note(EscBatch *b, EscHole k, IrNode *where, const char *why) {
    if (!where || !why) die("note: missing where/why");
    if (b->cfg->m >= 2) {
        EscNote *n = NEW(b->arena, EscNote);
        n->next = k.notes;
        n->where = where;
        n->why = why;
        k.notes = n;
    }
    return k;
}

EscHole esc_shift(EscHole k, int delta) {
    k.derefs += delta;
    if (k.derefs < -1) die("derefs underflow: %d", k.derefs);
    k.addrtaken = delta < 0;
    return k;
}

EscHole esc_deref(EscBatch *b, EscHole k, IrNode *where, const char *why) {
    return esc_note(b, esc_shift(k, 1), where, why);
}

EscHole esc_addr_of(EscBatch *b, EscHole k, IrNode *where, const char *why) {
    return esc_note(b, esc_shift(k, -1), where, why);
}

/* esc_dot_type: extracting a value of type t from an interface reads
 * through the data word unless t is stored there directly. */
EscHole esc_dot_type(EscBatch *b, EscHole k, Type *t, IrNode *where, const char *why) {
    if (t && t->kind == T_TUPLE && t->u.tuple.n) t = t->u.tuple.vars[0]->type; /* v, ok := x.(T) */
    if (!esc_is_interface(t) && !esc_is_direct_iface(t)) k = esc_shift(k, 1);
    return esc_note(b, k, where, why);
}

static void add_edge(EscBatch *b, EscLoc *dst, EscEdge e) {
    if (dst->nedges == dst->capedges) {
        int cap = dst->capedges ? 2 * dst->capedges : 4;
        EscEdge *a = NEWARR(b->arena, EscEdge, cap);
        if (dst->nedges) memcpy(a, dst->edges, sizeof(EscEdge) * (size_t)dst->nedges);
        dst->edges = a;
        dst->capedges = cap;
    }
    dst->edges[dst->nedges++] = e;
}

/* explain_escape prints the -m=2 lines for src escaping to the heap
 * through the edge being added. */
static void explain_escape(EscBatch *b, EscHole k, EscLoc *src) {
    StrBuf s = {0};
    esc_loc_node_string(&s, src);
    esc_warn(b, esc_loc_pos(src), "%s escapes to heap in %s:", s.s ? s.s : "", esc_func_name(src->curfn));
    sb_free(&s);
    esc_explain_flow(b, esc_loc_pos(src), k.dst, src, k.derefs, k.notes);
}

void esc_flow(EscBatch *b, EscHole k, EscLoc *src) {
    if (k.addrtaken) src->addrtaken = true;
    EscLoc *dst = k.dst;
    if (dst == &b->blank_loc) return;
    if (dst == src && k.derefs >= 0) return; /* dst = dst, dst = *dst, ... */
    if (esc_has_attr(dst, ATTR_ESCAPES) && k.derefs < 0) { /* dst = &src */
        if (b->cfg->m >= 2) explain_escape(b, k, src);
        src->attrs |= ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
        return;
    }
    add_edge(b, dst, (EscEdge){src, k.derefs, k.notes});
}

EscHole esc_heap_hole(EscBatch *b) { return esc_as_hole(&b->heap_loc); }
EscHole esc_mutator_hole(EscBatch *b) { return esc_as_hole(&b->mutator_loc); }
EscHole esc_callee_hole(EscBatch *b) { return esc_as_hole(&b->callee_loc); }
EscHole esc_discard_hole(EscBatch *b) { return esc_as_hole(&b->blank_loc); }

EscLoc *esc_old_loc(IrName *n) {
    EscLoc *l = ir_canonical(n)->opt;
    if (!l) die("%s has no location", n->sym ? n->sym->s : "?");
    return l;
}

bool esc_loc_is_name(const EscLoc *l, IrClass c) { return l->name && l->name->class == c; }

EscLoc *esc_new_loc(Escape *e, IrNode *n, IrName *name, bool persists) {
    EscBatch *b = e->b;
    EscLoc *loc = NEW(b->arena, EscLoc);
    loc->n = n;
    loc->name = name;
    loc->curfn = e->curfn;
    loc->loop_depth = e->loop_depth;
    loc->param = esc_loc_is_name(loc, PPARAM);
    loc->param_out = esc_loc_is_name(loc, PPARAMOUT);
    if (persists) loc->attrs |= ATTR_PERSISTS;
    vec_push(&b->all_locs, loc);
    if (name) {
        if (ir_canonical(name) != name) die("new location for the closure copy of %s", name->sym->s);
        if (name->opt) die("%s already has a location", name->sym ? name->sym->s : "?");
        name->opt = loc;
    }
    return loc;
}

/* esc_tee_hole: one hole that flows into each of ks (through a new
 * temporary when there are several). */
EscHole esc_tee_hole(Escape *e, EscHole *ks, int nks) {
    if (nks == 0) return esc_discard_hole(e->b);
    if (nks == 1) return ks[0];
    EscLoc *loc = esc_new_loc(e, NULL, NULL, false);
    for (int i = 0; i < nks; i++) {
        if (ks[i].derefs < 0) die("teeHole: negative derefs");
        esc_flow(e->b, ks[i], loc);
    }
    return esc_as_hole(loc);
}

/* esc_later: a hole that flows into k some time later, so the value must
 * persist past its statement. */
EscHole esc_later(Escape *e, EscHole k) {
    EscLoc *loc = esc_new_loc(e, NULL, NULL, true);
    esc_flow(e->b, k, loc);
    return esc_as_hole(loc);
}

/* esc_spill: a new location for the storage allocated by n; its address
 * flows to k and the returned hole fills it. */
EscHole esc_spill(Escape *e, EscHole k, IrNode *n) {
    EscLoc *loc = esc_new_loc(e, n, NULL, false);
    esc_flow(e->b, esc_addr_of(e->b, k, n, "spill"), loc);
    return esc_as_hole(loc);
}

/* esc_leak_to records that param l leaks to sink: to a result that does
 * not escape when possible, else to the heap. */
void esc_leak_to(EscLoc *l, EscLoc *sink, int derefs) {
    if (!esc_has_attr(sink, ATTR_ESCAPES) && esc_loc_is_name(sink, PPARAMOUT) && sink->curfn == l->curfn) {
        int ri = sink->result_index - 1;
        if (ri < ESC_NUM_RESULTS) {
            esc_leaks_add(&l->param_esc, LEAK_RESULT0 + ri, derefs);
            return;
        }
    }
    esc_leaks_add(&l->param_esc, LEAK_HEAP, derefs);
}
