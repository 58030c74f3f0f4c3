/* expr.c: expressions (gc's escape/expr.go).
 *
 * An expression is evaluated into a hole: its value flows there, with
 * the derefs its operators add (&x: -1, *p, p.f through a pointer, s[i]
 * of a slice or string: +1; fields, array elements, slicing and most
 * conversions: 0). Expressions that allocate (new, make, composite
 * literals of slices and maps, &T{}, closures, method values,
 * conversions to interface of values not stored directly, string
 * conversions and concatenations) get a location of their own, whose
 * address flows to the hole (spill). Every operand is always visited,
 * even when its value is discarded, for the flows inside it. */
#include "escape/esc.h"

void esc_expr(Escape *e, EscHole k, IrNode *n) {
    if (!n) return;
    esc_stmts(e, &n->init);
    esc_expr_skip_init(e, k, n);
}

void esc_discard(Escape *e, IrNode *n) { esc_expr(e, esc_discard_hole(e->b), n); }

void esc_discards(Escape *e, IrNodes *l) {
    for (int i = 0; i < l->n; i++) esc_discard(e, l->a[i]);
}

/* esc_expr_name evaluates a use of variable n. */
void esc_expr_name(Escape *e, EscHole k, IrName *n) {
    if (k.derefs >= 0 && n->type && !esc_is_untyped(n->type) && !esc_has_pointers(n->type))
        k.dst = &e->b->blank_loc;
    if (n->class == PFUNC || n->class == PEXTERN) return;
    esc_flow(e->b, k, esc_old_loc(n));
}

static IrNode *elem_value(IrNode *elt) { return elt && elt->op == IR_KEY ? elt->y : elt; }

/* method_value: the receiver flows both into the method value's record
 * and into the method's receiver param (whose results are assumed to go
 * anywhere, since the calls are not known). */
static void method_value(Escape *e, EscHole k, IrNode *n) {
    EscHole closure_k = esc_spill(e, k, n);
    EscCallee callee;
    bool known = esc_static_callee(e->b->pkg, n, &callee);
    Type *sig = known ? esc_sig(callee.type) : NULL;
    int nres = sig ? esc_sig_nresults(sig) : 0;
    EscHole *ks = xmalloc(sizeof(EscHole) * (size_t)(nres + 1));
    for (int i = 0; i < nres; i++) ks[i] = esc_heap_hole(e->b);
    EscHole param_k = known && esc_sig_has_recv(sig) ? esc_tag_hole(e, ks, nres, &callee, 0) : esc_heap_hole(e->b);
    free(ks);
    EscHole both[2] = {param_k, closure_k};
    esc_expr(e, esc_tee_hole(e, both, 2), n->x);
}

static void closure_expr(Escape *e, EscHole k, IrNode *n) {
    k = esc_spill(e, k, n);
    vec_push(&e->b->closures, ((EscClosure){k, n}));
    IrFunc *fn = n->func;
    if (!esc_is_closure(fn)) return;
    for (int i = 0; i < fn->closure_vars.n; i++) {
        EscLoc *loc = esc_old_loc(fn->closure_vars.a[i]);
        if (loc->captured) continue;
        loc->captured = true;
        /* reassignments before the first capture, at the same depth, do
         * not count */
        if (loc->loop_depth == e->loop_depth) loc->reassigned = false;
    }
    Escape inner = {.b = e->b, .curfn = fn, .loop_depth = 1};
    for (int i = 0; i < fn->dcl.n; i++)
        if (!fn->dcl.a[i]->opt) esc_new_loc(&inner, NULL, fn->dcl.a[i], true);
    esc_walk_func(e->b, fn);
}

static void composite_lit(Escape *e, EscHole k, IrNode *n) {
    EscBatch *b = e->b;
    switch (n->op) {
    case IR_ARRAYLIT:
        for (int i = 0; i < n->list.n; i++)
            esc_expr(e, esc_note(b, k, n, "array literal element"), elem_value(n->list.a[i]));
        return;
    case IR_SLICELIT:
        k = esc_spill(e, k, n);
        for (int i = 0; i < n->list.n; i++)
            esc_expr(e, esc_note(b, k, n, "slice-literal-element"), elem_value(n->list.a[i]));
        return;
    case IR_STRUCTLIT:
        for (int i = 0; i < n->list.n; i++) {
            IrNode *elt = n->list.a[i];
            esc_expr(e, esc_note(b, k, n, "struct literal element"), elt->op == IR_STRUCTKEY ? elt->x : elt);
        }
        return;
    default: /* IR_MAPLIT: keys and values are stored in the heap */
        esc_spill(e, k, n);
        for (int i = 0; i < n->list.n; i++) {
            IrNode *elt = n->list.a[i];
            esc_assign_heap(e, elt->x, "map literal key", n);
            esc_assign_heap(e, elt->y, "map literal value", n);
        }
        return;
    }
}

static void conv_expr(Escape *e, EscHole k, IrNode *n) {
    if (esc_is_basic(n->type, B_UNSAFE_POINTER) && n->x->type && esc_is_basic(n->x->type, B_UINTPTR))
        esc_unsafe_value(e, k, n->x);
    else esc_expr(e, k, n->x);
}

static void index_expr(Escape *e, EscHole k, IrNode *n) {
    EscBatch *b = e->b;
    if (esc_is_kind(n->x->type, T_ARRAY)) esc_expr(e, esc_note(b, k, n, "fixed-array-index-of"), n->x);
    else esc_expr(e, esc_deref(b, k, n, "dot of pointer"), n->x);
    esc_discard(e, n->y);
}

void esc_expr_skip_init(Escape *e, EscHole k, IrNode *n) {
    if (!n) return;
    EscBatch *b = e->b;
    if (k.derefs >= 0 && n->type && !esc_is_untyped(n->type) && !esc_has_pointers(n->type)) k.dst = &b->blank_loc;
    switch ((IrOp)n->op) {
    case IR_LITERAL: case IR_NIL: case IR_TYPE: case IR_METHEXPR: return;
    case IR_NAME: esc_expr_name(e, k, n->name); return;
    case IR_UNARY: esc_discard(e, n->x); return;
    case IR_BINARY: case IR_ANDAND: case IR_OROR:
        esc_discard(e, n->x);
        esc_discard(e, n->y);
        return;
    case IR_ADDR: esc_expr(e, esc_addr_of(b, k, n, "address-of"), n->x); return;
    case IR_DEREF: esc_expr(e, esc_deref(b, k, n, "indirection"), n->x); return;
    case IR_DOT: case IR_DOTINTER: esc_expr(e, esc_note(b, k, n, "dot"), n->x); return;
    case IR_DOTPTR: esc_expr(e, esc_deref(b, k, n, "dot of pointer"), n->x); return;
    case IR_DOTTYPE: case IR_DOTTYPE2: case IR_DYNAMICDOTTYPE: case IR_DYNAMICDOTTYPE2:
        esc_expr(e, esc_dot_type(b, k, n->type, n, "dot"), n->x);
        return;
    case IR_INDEX: index_expr(e, k, n); return;
    case IR_INDEXMAP: /* map lookups do not keep the key */
        esc_discard(e, n->x);
        esc_discard(e, n->y);
        return;
    case IR_SLICE: case IR_SLICEARR: case IR_SLICE3: case IR_SLICE3ARR: case IR_SLICESTR:
        esc_expr(e, esc_note(b, k, n, "slice"), n->x);
        esc_discard(e, n->y);
        esc_discard(e, n->z);
        esc_discard(e, n->cond);
        return;
    case IR_CONV: case IR_CONVNOP: conv_expr(e, k, n); return;
    case IR_CONVIFACE:
        if (n->x->type && !esc_is_interface(n->x->type) && !esc_is_direct_iface(n->x->type)) k = esc_spill(e, k, n);
        esc_expr(e, esc_note(b, k, n, "interface-converted"), n->x);
        return;
    case IR_SLICE2ARR: esc_expr(e, esc_deref(b, k, n, "slice-to-array"), n->x); return;
    case IR_SLICE2ARRPTR: esc_expr(e, k, n->x); return;
    case IR_RECV: esc_discard(e, n->x); return;
    case IR_CALLFUNC: case IR_CALLINTER: case IR_LEN: case IR_CAP: case IR_MIN: case IR_MAX: case IR_COMPLEX:
    case IR_REAL: case IR_IMAG: case IR_APPEND: case IR_COPY: case IR_RECOVER: case IR_UNSAFEADD:
    case IR_UNSAFESLICE: case IR_UNSAFESTRING: case IR_UNSAFESTRINGDATA: case IR_UNSAFESLICEDATA:
        esc_call(e, &k, 1, n);
        return;
    case IR_NEW: esc_spill(e, k, n); return;
    case IR_MAKESLICE:
        esc_spill(e, k, n);
        esc_discard(e, n->x);
        esc_discard(e, n->y);
        return;
    case IR_MAKECHAN: esc_discard(e, n->x); return;
    case IR_MAKEMAP:
        esc_spill(e, k, n);
        esc_discard(e, n->x);
        return;
    case IR_METHVALUE: method_value(e, k, n); return;
    case IR_PTRLIT: esc_expr(e, esc_spill(e, k, n), n->x); return;
    case IR_ARRAYLIT: case IR_SLICELIT: case IR_STRUCTLIT: case IR_MAPLIT: composite_lit(e, k, n); return;
    case IR_CLOSURE: closure_expr(e, k, n); return;
    case IR_RUNES2STR: case IR_BYTES2STR: case IR_STR2RUNES: case IR_STR2BYTES: case IR_RUNESTR:
    case IR_BYTES2STRTMP: case IR_STR2BYTESTMP:
        esc_spill(e, k, n);
        esc_discard(e, n->x);
        return;
    case IR_ADDSTR: /* the operands never escape: concatenation copies them */
        esc_spill(e, k, n);
        esc_discards(e, &n->list);
        return;
    default: die("unexpected expression %s", ir_op_names[n->op]);
    }
}

/* esc_unsafe_value evaluates a uintptr expression, following the
 * pointers converted to it (uintptr(unsafe.Pointer(p)) + off). */
void esc_unsafe_value(Escape *e, EscHole k, IrNode *n) {
    if (k.addrtaken) die("unexpected addrtaken");
    esc_stmts(e, &n->init);
    switch (n->op) {
    case IR_CONV: case IR_CONVNOP:
        if (n->x->type && esc_is_basic(n->x->type, B_UNSAFE_POINTER)) esc_expr(e, k, n->x);
        else esc_discard(e, n->x);
        return;
    case IR_DOTPTR:
        if (esc_is_reflect_header_data_field(n)) esc_expr(e, esc_deref(e->b, k, n, "reflect.Header.Data"), n->x);
        else esc_discard(e, n->x);
        return;
    case IR_UNARY:
        if (n->tokop == TK_ADD || n->tokop == TK_SUB || n->tokop == TK_XOR) esc_unsafe_value(e, k, n->x);
        else esc_expr_skip_init(e, esc_discard_hole(e->b), n);
        return;
    case IR_BINARY:
        switch (n->tokop) {
        case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: case TK_MUL: case TK_QUO: case TK_REM: case TK_AND:
        case TK_AND_NOT:
            esc_unsafe_value(e, k, n->x);
            esc_unsafe_value(e, k, n->y);
            return;
        case TK_SHL: case TK_SHR:
            esc_unsafe_value(e, k, n->x);
            esc_discard(e, n->y);
            return;
        default: break;
        }
        /* fall through */
    default: esc_expr_skip_init(e, esc_discard_hole(e->b), n); return;
    }
}
