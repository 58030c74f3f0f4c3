/* assign.c: assignments (gc's escape/assign.go).
 *
 * The left-hand side of an assignment is evaluated as a hole: a local
 * variable (or a field or element of a local array or struct) is its
 * location; anything stored through a pointer, into a slice, a map or a
 * global goes to the heap, and the pointer stored through flows to the
 * mutator. Stores between parts of the same object are ignored
 * (self-assignments), and the assignment marks its variables reassigned
 * (which decides how closures capture them). */
#include "escape/esc.h"

#include <string.h>

void esc_mutate(Escape *e, IrNode *n) { esc_expr(e, esc_mutator_hole(e->b), n); }

EscHole esc_addr_name(Escape *e, IrName *n) {
    if (!n || !n->sym || !strcmp(n->sym->s, "_")) return esc_discard_hole(e->b);
    if (n->class == PEXTERN || n->class == PFUNC) return esc_heap_hole(e->b);
    return esc_as_hole(esc_old_loc(n));
}

EscHole esc_addr(Escape *e, IrNode *n) {
    if (!n || ir_is_blank(n)) return esc_discard_hole(e->b);
    EscHole k = esc_heap_hole(e->b);
    switch (n->op) {
    case IR_NAME: return esc_addr_name(e, n->name);
    case IR_DOT: return esc_addr(e, n->x);
    case IR_INDEX:
        esc_discard(e, n->y);
        if (esc_is_kind(n->x->type, T_ARRAY)) return esc_addr(e, n->x);
        esc_mutate(e, n->x);
        return k;
    case IR_DEREF:
    case IR_DOTPTR: esc_mutate(e, n->x); return k;
    case IR_INDEXMAP:
        esc_discard(e, n->x);
        esc_assign_heap(e, n->y, "key of map put", n);
        return k;
    default: die("unexpected addr: %s", ir_op_names[n->op]);
    }
}

void esc_assign_heap(Escape *e, IrNode *src, const char *why, IrNode *where) {
    esc_expr(e, esc_note(e->b, esc_heap_hole(e->b), where, why), src);
}

static void warn_self_assign(Escape *e, IrNode *where) {
    StrBuf s = {0};
    ir_fmt(&s, where);
    esc_warn(e->b, where->pos, "%s ignoring self-assignment in %s", esc_func_name(e->curfn), s.s ? s.s : "");
    sb_free(&s);
}

void esc_assign_list(Escape *e, IrNode **dsts, int ndst, IrNode **srcs, int nsrc, const char *why, IrNode *where) {
    EscBatch *b = e->b;
    EscHole *ks = xmalloc(sizeof(EscHole) * (size_t)(ndst + 1));
    for (int i = 0; i < ndst; i++) ks[i] = esc_addr(e, dsts[i]);
    for (int i = 0; i < ndst; i++) {
        IrNode *src = i < nsrc ? srcs[i] : NULL, *dst = dsts[i];
        EscHole k = ks[i];
        if (dst) {
            /* uintptr stored into reflect.SliceHeader/StringHeader.Data */
            if (dst->op == IR_DOTPTR && esc_is_reflect_header_data_field(dst)) {
                if (src) esc_unsafe_value(e, esc_note(b, esc_heap_hole(b), where, why), src);
                continue;
            }
            if (src && esc_is_self_assign(dst, src)) {
                if (b->cfg->m) warn_self_assign(e, where);
                k = esc_discard_hole(b);
            }
        }
        esc_expr(e, esc_note(b, k, where, why), src);
    }
    esc_reassigned(e, ks, ndst, where);
    free(ks);
}

/* esc_reassigned marks the variables behind ks reassigned, except one
 * declared and assigned exactly once by where. */
void esc_reassigned(Escape *e, EscHole *ks, int nks, IrNode *where) {
    (void)e;
    if (where->op == IR_AS && !where->y && where->x && where->x->op == IR_NAME && where->x->name &&
        !where->x->name->defn)
        return; /* var x T: its zero-value initialisation */
    for (int i = 0; i < nks; i++) {
        EscLoc *loc = ks[i].dst;
        if (loc->name && loc->name->defn == where && where->op != IR_RANGE) continue;
        loc->reassigned = true;
    }
}
