/* call.c: calls, builtins, go and defer (gc's escape/call.go).
 *
 * An argument flows into the callee's parameter: directly into its
 * location when the callee is analysed in the same batch, else as the
 * callee's tag says (to the heap, the mutator, the callee root, or the
 * call's results, with derefs). Callees are known statically for calls
 * of declared functions, method expressions, func literals and func
 * variables whose every assignment is such a function (ReassignOracle);
 * unknown callees and interface methods get the heap. Builtins have
 * their own rules; //go:uintptrescapes and body-less (syscall-like)
 * callees keep pointers converted to uintptr arguments alive. */
#include "escape/esc.h"

#include <string.h>

/* ---- static callees ------------------------------------------------------------- */

IrFunc *esc_obj_func(EscPkg *pkg, Object *fn) { return fn ? map_getp(&pkg->funcs_by_obj, fn) : NULL; }

static bool is_interface_method(Object *m) {
    Type *sig = m && m->type ? esc_sig(m->type) : NULL;
    return !sig || (sig->u.sig.recv && esc_is_interface(sig->u.sig.recv->type));
}

static bool callee_of_func(IrFunc *fn, EscCallee *out) {
    out->fn = fn;
    out->obj = fn->obj;
    out->type = fn->type ? fn->type : (fn->nname ? fn->nname->type : NULL);
    return out->type != NULL;
}

/* esc_static_callee: the function n names, if any (gc's StaticCalleeName,
 * and MethodExprName for method values). */
bool esc_static_callee(EscPkg *pkg, IrNode *n, EscCallee *out) {
    memset(out, 0, sizeof *out);
    switch (n->op) {
    case IR_NAME:
        if (!n->name || n->name->class != PFUNC) return false;
        if (n->name->func) return callee_of_func(n->name->func, out);
        out->obj = n->name->obj;
        out->fn = esc_obj_func(pkg, out->obj);
        out->type = out->fn && out->fn->type ? out->fn->type : n->name->type;
        return out->type != NULL;
    case IR_METHEXPR:
    case IR_METHVALUE:
        if (n->name && n->name->class == PFUNC && n->name->func) return callee_of_func(n->name->func, out);
        if (n->func) return callee_of_func(n->func, out); /* a shaped method, an instantiation's wrapper */
        if (!n->sel || n->sel->kind != OBJ_FUNC || is_interface_method(n->sel)) return false;
        out->obj = n->sel;
        out->fn = esc_obj_func(pkg, n->sel);
        out->type = out->fn && out->fn->type ? out->fn->type : n->sel->type;
        return true;
    case IR_CLOSURE: return n->func && callee_of_func(n->func, out);
    default: return false;
    }
}

static uint32_t callee_pragmas(const EscCallee *c) {
    if (c->fn) {
        EscFunc *ef = esc_func_state(c->fn);
        return c->fn->pragmas | (ef ? ef->tags.pragmas : 0);
    }
    const EscTags *t = esc_tags_lookup(c->obj);
    return t ? t->pragmas : 0;
}

/* resolve_assigned: the callees of a func variable from its assignments
 * (nil ones skipped); none when one of them is not a known function. */
static int resolve_assigned(EscPkg *pkg, IrNode **as, int nas, EscCallee *fns) {
    int n = 0;
    for (int i = 0; i < nas; i++) {
        if (!as[i]->y || esc_is_zero(as[i]->y)) continue;
        if (!esc_static_callee(pkg, as[i]->y, &fns[n])) return 0;
        if (callee_pragmas(&fns[n]) & (PRAGMA_UINTPTRKEEPALIVE | PRAGMA_UINTPTRESCAPES)) return 0;
        n++;
    }
    return n;
}

/* ---- tags ------------------------------------------------------------------------ */

/* param_name: the variable of param i (receiver first) of an in-batch
 * callee, or NULL for an unnamed one. */
static IrName *param_name(IrFunc *fn, int i) {
    if (i >= fn->params.n) return NULL;
    IrName *n = fn->params.a[i];
    return n && n->sym ? n : NULL;
}

static EscLeaks callee_tag(const EscCallee *c, int i) {
    const EscTags *t = NULL;
    EscFunc *ef = c->fn ? esc_func_state(c->fn) : NULL;
    if (ef && ef->esc == ESC_FUNC_TAGGED) t = &ef->tags;
    else if (c->obj) t = esc_tags_lookup(c->obj);
    if (!t || i >= t->n) return esc_leaks_heap();
    return t->params[i];
}

/* esc_tag_hole: the hole for an argument passed to param i (receiver
 * first, gc's RecvParams order) of fn; ks are the call's results. */
EscHole esc_tag_hole(Escape *e, EscHole *ks, int nks, const EscCallee *fn, int param) {
    EscBatch *b = e->b;
    if (!fn) return esc_heap_hole(b);
    if (esc_in_mutual_batch(fn->fn)) return esc_addr_name(e, param_name(fn->fn, param));
    EscLeaks esc = callee_tag(fn, param);
    EscHole tag_ks[LEAK_N];
    int n = 0, x;
    if ((x = esc_leaks_get(&esc, LEAK_HEAP)) >= 0) tag_ks[n++] = esc_shift(esc_heap_hole(b), x);
    if ((x = esc_leaks_get(&esc, LEAK_MUTATOR)) >= 0) tag_ks[n++] = esc_shift(esc_mutator_hole(b), x);
    if ((x = esc_leaks_get(&esc, LEAK_CALLEE)) >= 0) tag_ks[n++] = esc_shift(esc_callee_hole(b), x);
    if (ks)
        for (int i = 0; i < ESC_NUM_RESULTS; i++)
            if ((x = esc_leaks_get(&esc, LEAK_RESULT0 + i)) >= 0 && i < nks) tag_ks[n++] = esc_shift(ks[i], x);
    return esc_tee_hole(e, tag_ks, n);
}

/* merged_tag_hole: the hole for argument param_idx (-1: the receiver) of
 * a call with nparams params, over every possible callee. */
static EscHole merged_tag_hole(Escape *e, EscHole *ks, int nks, EscCallee *fns, int nfns, int param_idx,
                               int nparams) {
    if (nfns == 0) return esc_heap_hole(e->b);
    EscHole *holes = xmalloc(sizeof(EscHole) * (size_t)nfns);
    for (int i = 0; i < nfns; i++) {
        Type *sig = esc_sig(fns[i].type);
        int has_recv = esc_sig_has_recv(sig), offset = nparams - esc_sig_nparams(sig);
        int j = param_idx - offset; /* < 0: the receiver */
        holes[i] = esc_tag_hole(e, ks, nks, &fns[i], j < 0 ? 0 : j + has_recv);
    }
    EscHole k = esc_tee_hole(e, holes, nfns);
    free(holes);
    return k;
}

/* ---- uintptr arguments -------------------------------------------------------------- */

/* unsafe_uintptr: an argument uintptr(ptr) of a syscall-like callee: ptr
 * is copied into a temporary that flows to the mutator (kept alive) or to
 * the heap (//go:uintptrescapes), and the argument reads the temporary. */
static void unsafe_uintptr(Escape *e, IrNode *arg, uint32_t pragma) {
    EscBatch *b = e->b;
    if (!arg || (arg->op != IR_CONVNOP && arg->op != IR_CONV)) return;
    if (!arg->x->type || !esc_is_basic(arg->x->type, B_UNSAFE_POINTER) || !esc_is_basic(arg->type, B_UINTPTR))
        return;
    /* at the operand's position when it has its own (gc's HasUniquePos), else the conversion's */
    Pos pos = arg->x->op == IR_NAME || !arg->x->pos.file ? arg->pos : arg->x->pos;
    IrName *tmp = ir_new_temp(b->ip, e->curfn, pos, arg->x->type);
    esc_new_loc(e, NULL, tmp, true);
    IrNode *ref = ir_new_name_node(b->ip, tmp);
    IrNode *as = ir_new_node(b->ip, IR_AS, arg->pos, NULL);
    as->x = ref;
    as->y = arg->x;
    esc_dcl(e, tmp);
    esc_stmt(e, as);
    arg->x = ref;
    EscHole k = esc_mutator_hole(b);
    if (pragma & PRAGMA_UINTPTRESCAPES) k = esc_note(b, esc_heap_hole(b), arg, "//go:uintptrescapes");
    esc_flow(b, k, esc_old_loc(tmp));
    if (pragma & PRAGMA_UINTPTRKEEPALIVE) tmp->flags |= IRN_ADDRTAKEN;
}

static void rewrite_argument(Escape *e, IrNode *arg, EscCallee *fns, int nfns) {
    uint32_t pragma = 0;
    for (int i = 0; i < nfns; i++) pragma |= callee_pragmas(&fns[i]);
    if (!(pragma & (PRAGMA_UINTPTRKEEPALIVE | PRAGMA_UINTPTRESCAPES)) || !arg) return;
    if (arg->op == IR_SLICELIT) { /* the packed arguments of a variadic call */
        for (int i = 0; i < arg->list.n; i++) {
            IrNode *el = arg->list.a[i];
            unsafe_uintptr(e, el && el->op == IR_KEY ? el->y : el, pragma);
        }
    } else {
        unsafe_uintptr(e, arg, pragma);
    }
}

/* ---- calls of functions -------------------------------------------------------------- */

static void argument(Escape *e, EscHole k, IrNode *call, IrNode *arg) {
    esc_expr(e, esc_note(e->b, k, call, "call parameter"), arg);
}

static bool has_non_string_pointers(Type *t) {
    if (!esc_has_pointers(t)) return false;
    if (esc_is_basic(t, B_STRING)) return false;
    if (esc_is_kind(t, T_STRUCT)) {
        Type *u = ty_underlying(ty_unalias(t));
        for (int i = 0; i < u->u.strct.nfields; i++)
            if (has_non_string_pointers(u->u.strct.fields[i]->type)) return true;
        return false;
    }
    if (esc_is_kind(t, T_ARRAY)) return has_non_string_pointers(esc_elem(t));
    return true;
}

/* is_escape_non_string: the callee is an instantiation of
 * internal/abi.EscapeNonString[T](x), which forces x to the heap if it
 * holds pointers other than strings (hash/maphash.Comparable, unique). */
static bool is_escape_non_string(EscCallee *fns, int nfns) {
    Object *g = nfns == 1 && fns[0].fn ? fns[0].fn->origin : NULL;
    return g && g->pkg && !strcmp(g->pkg->path, "internal/abi") && !strcmp(g->name->s, "EscapeNonString");
}

typedef struct CallCtx {
    Escape *e;
    EscHole *ks;
    int nks;
    IrNode *call;
    EscCallee fns[16];
    int nfns;
    bool bound; /* the callee is a method value: its receiver is not among the arguments */
} CallCtx;

static void find_callees(CallCtx *c) {
    Escape *e = c->e;
    IrNode *fun = c->call->x;
    if (c->call->op != IR_CALLFUNC) return;
    EscReassign *ro = esc_reassign_oracle(e->b, e->curfn);
    IrNode *v = esc_static_value(ro, fun);
    if (esc_static_callee(e->b->pkg, v, &c->fns[0])) {
        c->nfns = 1;
        c->bound = v->op == IR_METHVALUE;
    } else if (v->op == IR_NAME && v->name) {
        int nas;
        IrNode **as = esc_func_assignments(ro, ir_canonical(v->name), &nas);
        if (nas <= 16) c->nfns = resolve_assigned(e->b->pkg, as, nas, c->fns);
    }
}

/* wire_results: the results of an in-batch callee flow to the call's. */
static void wire_results(CallCtx *c) {
    if (!c->ks) return;
    for (int i = 0; i < c->nfns; i++) {
        IrFunc *f = c->fns[i].fn;
        if (!esc_in_mutual_batch(f)) continue;
        for (int r = 0; r < f->results.n && r < c->nks; r++) esc_expr_name(c->e, c->ks[r], f->results.a[r]);
    }
}

static void callee_operand(CallCtx *c) {
    Escape *e = c->e;
    EscHole k = esc_discard_hole(e->b);
    if (c->nfns == 0) /* results used: closures flowing here may be called untracked */
        for (int i = 0; i < c->nks; i++)
            if (c->ks[i].dst != &e->b->blank_loc) {
                k = esc_note(e->b, esc_callee_hole(e->b), c->call, "callee operand");
                break;
            }
    esc_expr(e, k, c->call->x);
}

static void call_func(Escape *e, EscHole *ks, int nks, IrNode *call) {
    CallCtx c = {.e = e, .ks = ks, .nks = nks, .call = call};
    find_callees(&c);
    Type *fntype = esc_sig(c.nfns == 1 ? c.fns[0].type : call->x->type);
    wire_results(&c);
    IrNode *recv = NULL;
    if (call->op == IR_CALLFUNC) callee_operand(&c);
    else recv = call->x->x; /* DOTINTER: the interface */
    IrNode **args = call->list.a;
    int nargs = call->list.n;
    if (esc_sig_has_recv(fntype) && !recv && !c.bound && nargs > 0) recv = args[0], args++, nargs--;
    int nparams = esc_sig_nparams(fntype);
    if (is_escape_non_string(c.fns, c.nfns)) {
        Type *t = nargs ? args[nargs - 1]->type : NULL;
        EscHole k = t && has_non_string_pointers(t) ? esc_heap_hole(e->b) : esc_discard_hole(e->b);
        for (int i = 0; i < nargs; i++) argument(e, k, call, args[i]);
        return;
    }
    if (recv) {
        rewrite_argument(e, recv, c.fns, c.nfns);
        argument(e, merged_tag_hole(e, ks, nks, c.fns, c.nfns, -1, nparams), call, recv);
    }
    for (int i = 0; i < nargs; i++) {
        rewrite_argument(e, args[i], c.fns, c.nfns);
        EscHole k = i < nparams ? merged_tag_hole(e, ks, nks, c.fns, c.nfns, i, nparams) : esc_heap_hole(e->b);
        argument(e, k, call, args[i]);
    }
}

/* ---- builtins -------------------------------------------------------------------------- */

static EscHole result_hole(Escape *e, EscHole *ks, int nks) { return nks ? ks[0] : esc_discard_hole(e->b); }

/* append: the appended-to slice may be the result (enough capacity) or be
 * copied into a new backing store; appended values go to the heap. */
static void call_append(Escape *e, EscHole *ks, int nks, IrNode *call) {
    EscBatch *b = e->b;
    IrNode **args = call->list.a;
    if (call->list.n == 0) return;
    EscHole pair[2] = {result_hole(e, ks, nks), esc_mutator_hole(b)};
    EscHole appendee = esc_tee_hole(e, pair, 2);
    if (esc_has_pointers(esc_elem(args[0]->type))) {
        EscHole p2[2] = {appendee, esc_deref(b, esc_heap_hole(b), call, "appendee slice")};
        appendee = esc_tee_hole(e, p2, 2);
    }
    argument(e, appendee, call, args[0]);
    if (call->flags & IRF_ISDDD) {
        EscHole appended = esc_discard_hole(b);
        if (call->list.n > 1 && esc_is_kind(args[1]->type, T_SLICE) && esc_has_pointers(esc_elem(args[1]->type)))
            appended = esc_deref(b, esc_heap_hole(b), call, "appended slice...");
        if (call->list.n > 1) argument(e, appended, call, args[1]);
    } else {
        for (int i = 1; i < call->list.n; i++) argument(e, esc_heap_hole(b), call, args[i]);
    }
    EscHole backing = esc_spill(e, result_hole(e, ks, nks), call);
    backing.dst->loop_depth = 0; /* never reused across iterations */
}

static void call_copy(Escape *e, IrNode *call) {
    EscBatch *b = e->b;
    argument(e, esc_mutator_hole(b), call, call->x);
    EscHole copied = esc_discard_hole(b);
    if (call->y && esc_is_kind(call->y->type, T_SLICE) && esc_has_pointers(esc_elem(call->y->type)))
        copied = esc_deref(b, esc_heap_hole(b), call, "copied slice");
    argument(e, copied, call, call->y);
}

void esc_call(Escape *e, EscHole *ks, int nks, IrNode *call) {
    EscBatch *b = e->b;
    switch (call->op) {
    case IR_CALLFUNC: case IR_CALLINTER: call_func(e, ks, nks, call); return;
    case IR_APPEND: call_append(e, ks, nks, call); return;
    case IR_COPY: call_copy(e, call); return;
    case IR_PANIC: argument(e, esc_heap_hole(b), call, call->x); return;
    case IR_COMPLEX:
        esc_discard(e, call->x);
        esc_discard(e, call->y);
        return;
    case IR_DELETE: case IR_PRINT: case IR_PRINTLN: case IR_RECOVER:
        esc_discards(e, &call->list); /* keys of map deletes do not escape */
        esc_discard(e, call->x);
        esc_discard(e, call->y);
        return;
    case IR_MIN: case IR_MAX:
        for (int i = 0; i < call->list.n; i++) argument(e, result_hole(e, ks, nks), call, call->list.a[i]);
        return;
    case IR_LEN: case IR_CAP: case IR_REAL: case IR_IMAG: case IR_CLOSE: esc_discard(e, call->x); return;
    case IR_CLEAR: argument(e, esc_mutator_hole(b), call, call->x); return;
    case IR_UNSAFESTRINGDATA: case IR_UNSAFESLICEDATA: argument(e, result_hole(e, ks, nks), call, call->x); return;
    case IR_UNSAFEADD: case IR_UNSAFESLICE: case IR_UNSAFESTRING:
        argument(e, result_hole(e, ks, nks), call, call->x);
        esc_discard(e, call->y);
        return;
    default: die("unexpected call op %s", ir_op_names[call->op]);
    }
}

/* ---- go and defer ------------------------------------------------------------------------ */

/* esc_go_defer: the function value of a go or defer statement (a call
 * without arguments: the IR wraps the others in closures) goes to the
 * heap, except for a defer outside any loop, which only has to last until
 * the function returns. */
void esc_go_defer(Escape *e, IrNode *n) {
    EscBatch *b = e->b;
    EscHole k = esc_heap_hole(b);
    if (n->op == IR_DEFER && e->loop_depth == 1 && !n->y) k = esc_later(e, esc_discard_hole(b));
    IrNode *call = n->x;
    if (!call) return;
    if (call->op != IR_CALLFUNC || call->list.n) { /* not wrapped by the IR: a plain call */
        esc_stmt(e, call);
        return;
    }
    esc_expr(e, k, call->x);
}
