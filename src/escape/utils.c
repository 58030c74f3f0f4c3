/* utils.c: self-assignments and heap allocation reasons (gc's
 * escape/utils.go, with ir.SameSafeExpr and ir.IsReflectHeaderDataField).
 *
 * A store that only moves pointers within one object ("b.buf =
 * b.buf[1:2]", "t.p = t.q") cannot make anything escape and is ignored.
 * Independently of flows, some allocations cannot live on the stack: too
 * large (named variables over 128 KiB, implicit ones over 64 KiB, -smallframes
 * halves/quarters these), too aligned, or zero-sized make elements. */
#include "escape/esc.h"

#include <string.h>

static bool is_simple(Type *t) { return ty_is_basic(t, BI_NUMERIC | BI_BOOLEAN); }

static bool is_arith(Tok op) {
    switch (op) {
    case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: case TK_MUL: case TK_SHL: case TK_SHR: case TK_AND:
    case TK_AND_NOT: case TK_QUO: case TK_REM: return true;
    default: return false;
    }
}

static bool is_unary_arith(Tok op) { return op == TK_NOT || op == TK_XOR || op == TK_ADD || op == TK_SUB; }

static IrNode *strip_convnop(IrNode *n) {
    while (n && n->op == IR_CONVNOP) n = n->x;
    return n;
}

/* same_safe_expr: l and r are the same expression without side effects
 * (gc's ir.SameSafeExpr). */
static bool same_safe_expr(IrNode *l, IrNode *r) {
    l = strip_convnop(l);
    r = strip_convnop(r);
    if (!l || !r || l->op != r->op) return false;
    if (l->type != r->type && (!l->type || !r->type || !ty_identical(l->type, r->type))) return false;
    switch (l->op) {
    case IR_NAME: return l->name == r->name;
    case IR_DOT: case IR_DOTPTR: return l->sel && l->sel == r->sel && same_safe_expr(l->x, r->x);
    case IR_DEREF: return same_safe_expr(l->x, r->x);
    case IR_UNARY: return l->tokop == r->tokop && is_unary_arith(l->tokop) && same_safe_expr(l->x, r->x);
    case IR_CONV: return is_simple(l->type) && same_safe_expr(l->x, r->x);
    case IR_INDEX: case IR_INDEXMAP: return same_safe_expr(l->x, r->x) && same_safe_expr(l->y, r->y);
    case IR_BINARY:
        return l->tokop == r->tokop && is_arith(l->tokop) && same_safe_expr(l->x, r->x) && same_safe_expr(l->y, r->y);
    case IR_LITERAL: return cv_compare(l->val, CV_EQL, r->val);
    case IR_NIL: return true;
    default: return false;
    }
}

/* may_affect_memory: evaluating n may change the program's memory. */
static bool may_affect_memory(IrNode *n) {
    if (!n) return false;
    switch (n->op) {
    case IR_NAME: case IR_LITERAL: case IR_NIL: return false;
    case IR_BINARY: return !is_arith(n->tokop) || may_affect_memory(n->x) || may_affect_memory(n->y);
    case IR_INDEX: return may_affect_memory(n->x) || may_affect_memory(n->y);
    case IR_CONVNOP: case IR_CONV: case IR_LEN: case IR_CAP: case IR_DOT: case IR_DOTPTR: case IR_DEREF:
        return may_affect_memory(n->x);
    case IR_UNARY: return !is_unary_arith(n->tokop) || may_affect_memory(n->x);
    default: return true;
    }
}

/* deref_base: the pointer operand of *p or p.f through a pointer */
static IrNode *deref_base(IrNode *n) { return n->op == IR_DEREF || n->op == IR_DOTPTR ? n->x : NULL; }

/* is_slice_self_assign: b.buf = b.buf[n:m] through the same pointer
 * variable stores no new pointer into *b. */
static bool is_slice_self_assign(IrNode *dst, IrNode *src) {
    IrNode *dx = deref_base(dst);
    if (!dx || dx->op != IR_NAME) return false;
    switch (src->op) {
    case IR_SLICE: case IR_SLICE3: case IR_SLICESTR: break;
    case IR_SLICEARR: case IR_SLICE3ARR:
        /* slicing an array inside *b would store a pointer to *b itself */
        if (src->x->op == IR_ADDR) return false;
        break;
    default: return false;
    }
    IrNode *bx = deref_base(src->x);
    return bx && bx->op == IR_NAME && bx->name == dx->name;
}

bool esc_is_self_assign(IrNode *dst, IrNode *src) {
    if (is_slice_self_assign(dst, src)) return true;
    if (!dst || !src || dst->op != src->op) return false;
    switch (dst->op) {
    case IR_DOT: case IR_DOTPTR: return same_safe_expr(dst->x, src->x);
    case IR_INDEX:
        if (may_affect_memory(dst->y) || may_affect_memory(src->y)) return false;
        return same_safe_expr(dst->x, src->x);
    default: return false;
    }
}

/* esc_is_reflect_header_data_field: n is p.Data of a
 * reflect.SliceHeader or reflect.StringHeader (a uintptr holding a
 * pointer). */
bool esc_is_reflect_header_data_field(IrNode *n) {
    if (!n->type || ty_unalias(n->type) != ty_basic[B_UINTPTR]) return false;
    if ((n->op != IR_DOT && n->op != IR_DOTPTR) || !n->sel || strcmp(n->sel->name->s, "Data")) return false;
    Type *t = n->x->type;
    if (n->op == IR_DOTPTR) t = esc_elem(t);
    t = t ? ty_unalias(t) : NULL;
    if (!t || t->kind != T_NAMED) return false;
    Object *o = t->u.named.obj;
    if (!o->pkg || strcmp(o->pkg->path, "reflect")) return false;
    return !strcmp(o->name->s, "SliceHeader") || !strcmp(o->name->s, "StringHeader");
}

/* ---- heap allocation reasons -------------------------------------------------- */

static bool too_large(int64_t size, int64_t limit) { return size < 0 || size > limit; }

static bool is_small_int_const(IrNode *n, int64_t *v) {
    if (!n || n->op != IR_LITERAL || n->val.kind != CV_INT) return false;
    bool exact;
    *v = cv_int64_val(n->val, &exact);
    return exact && (int64_t)(int32_t)*v == *v;
}

static const char *make_reason(EscBatch *b, IrNode *n) {
    IrNode *r = n->y ? n->y : n->x;
    Type *elem = esc_elem(n->type);
    int64_t es = elem ? esc_size(elem) : 1, v;
    if (es == 0) return "zero-sized element";
    if (!is_small_int_const(r, &v)) return NULL; /* a stack buffer when small, else the heap, at run time */
    if (es < 0 || v > b->max_implicit_stack_var / es) return "too large for stack";
    return NULL;
}

const char *esc_heap_alloc_reason(EscBatch *b, EscLoc *loc) {
    IrNode *n = loc->n;
    Type *t = n ? n->type : loc->name ? loc->name->type : NULL;
    if (!t) return NULL;
    if (loc->name && (loc->name->class == PPARAM || loc->name->class == PPARAMOUT)) return NULL;
    int64_t w = esc_ptr_size();
    if (too_large(esc_size(t), b->max_stack_var)) return "too large for stack";
    if (esc_align(t) > w) return "too aligned for stack";
    if (!n) return NULL;
    if (n->op == IR_NEW || n->op == IR_PTRLIT) {
        Type *elem = esc_elem(t);
        if (elem && too_large(esc_size(elem), b->max_implicit_stack_var)) return "too large for stack";
        if (elem && esc_align(elem) > w) return "too aligned for stack";
    }
    if (n->op == IR_CLOSURE && n->func && too_large(esc_closure_size(n->func), b->max_implicit_stack_var))
        return "too large for stack";
    if (n->op == IR_METHVALUE && too_large(esc_methvalue_size(n), b->max_implicit_stack_var))
        return "too large for stack";
    if (n->op == IR_MAKESLICE) return make_reason(b, n);
    return NULL;
}
