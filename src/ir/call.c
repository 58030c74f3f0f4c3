/* call.c: calls, conversions written as calls, and builtins.
 *
 * As gc: arguments are converted to their parameter types (writer's
 * multiExpr); f(g()) assigns g's results to temporaries first; a method
 * call on a concrete receiver is a call of the method expression with the
 * receiver (auto & or *) as first argument, an interface method call a
 * CALLINTER of a DOTINTER; a callee expression with calls in it is
 * evaluated into a temporary (typecheck's RewriteNonNameCall); the extra
 * arguments of a variadic call are packed into an implicit slice literal
 * at the call's '(' (FixVariadicCall), nil when there are none. */
#include "ir/irb.h"

IrNode *irb_method_recv(IrBuilder *b, AstNode *e, Selection *sel);

/* ---- arguments ------------------------------------------------------------------ */

typedef struct Params {
    Type *sig;
    bool ddd;
    int skip; /* leading arguments not in sig (the receiver of a method expression call) */
} Params;

static Type *param_type(void *ctx, int i) {
    Params *p = ctx;
    if (!p->sig || p->sig->kind != T_SIGNATURE) return NULL;
    Type *params = p->sig->u.sig.params;
    int n = params->u.tuple.n;
    if (p->sig->u.sig.variadic && !p->ddd && i >= n - 1) {
        Type *last = params->u.tuple.vars[n - 1]->type;
        return irb_elem(last);
    }
    return i < n ? params->u.tuple.vars[i]->type : NULL;
}

static IrNode *with_init(IrBuilder *b, Pos pos, IrNode *x, IrNode *stmt) {
    if (x->op == IR_NAME) { /* gc's InitExpr: a shared node gets an OCONVNOP to hold the init */
        IrNode *c = irb_node(b, IR_CONVNOP, pos, x->type);
        c->x = x;
        x = c;
    }
    IrNodes init = {0};
    irb_push(b, &init, stmt);
    irb_append(b, &init, &x->init);
    x->init = init;
    return x;
}

void irb_multi_expr(IrBuilder *b, Pos pos, DstTypeFn dst, void *ctx, AstList exprs, IrNodes *out) {
    Type *tt = exprs.n == 1 ? irb_type_of(b, exprs.a[0]) : NULL;
    if (tt && tt->kind == T_TUPLE && tt->u.tuple.n > 1) {
        IrNode *call = irb_expr(b, exprs.a[0]);
        IrOp op = IR_AS2FUNC; /* typecheck's assign picks the comma-ok forms */
        switch (call->op) {
        case IR_INDEXMAP: op = IR_AS2MAPR; break;
        case IR_RECV: op = IR_AS2RECV; break;
        case IR_DOTTYPE: op = IR_AS2DOTTYPE, call->op = IR_DOTTYPE2; break;
        default: break;
        }
        if (op != IR_AS2FUNC) call->type = tt->u.tuple.vars[0]->type; /* the comma-ok value */
        IrNode *as = irb_node(b, op, pos, NULL);
        as->flags |= IRF_DEFN;
        irb_push(b, &as->rlist, call);
        int first = out->n;
        for (int i = 0; i < tt->u.tuple.n; i++) {
            Type *src = tt->u.tuple.vars[i]->type;
            IrName *tmp = irb_temp(b, pos, src);
            tmp->defn = as;
            irb_push(b, &as->init, irb_dcl(b, pos, tmp));
            irb_push(b, &as->list, irb_name_node(b, tmp));
            IrNode *res = irb_name_node(b, tmp);
            Type *d = dst ? dst(ctx, i) : NULL;
            if (d && !ty_identical(src, d)) res = irb_conv(b, pos, d, res, true);
            irb_push(b, out, res);
        }
        out->a[first] = with_init(b, b->fs->basepos, out->a[first], as);
        return;
    }
    for (int i = 0; i < exprs.n; i++) irb_push(b, out, irb_implicit(b, dst ? dst(ctx, i) : NULL, exprs.a[i]));
}

static Type *params_dst(void *ctx, int i) {
    Params *p = ctx;
    return param_type(ctx, i + p->skip);
}

static bool has_dots(AstNode *call) { return call->u.call.ellipsis.file != 0; }

static void call_args(IrBuilder *b, AstNode *e, Type *sig, IrNodes *out) {
    Params p = {sig, has_dots(e), 0};
    irb_multi_expr(b, e->pos, params_dst, &p, e->u.call.args, out);
}

/* ---- variadic packing --------------------------------------------------------------- */

static void fix_variadic(IrBuilder *b, IrNode *call, Type *sig, int nrecv) {
    if (!sig || sig->kind != T_SIGNATURE || !sig->u.sig.variadic || (call->flags & IRF_ISDDD)) return;
    Type *params = sig->u.sig.params;
    int vi = params->u.tuple.n - 1 + nrecv;
    Type *vt = params->u.tuple.vars[params->u.tuple.n - 1]->type;
    IrNode *slice;
    if (call->list.n <= vi) {
        slice = irb_node(b, IR_NIL, call->pos, vt);
    } else {
        slice = irb_node(b, IR_SLICELIT, call->pos, vt);
        slice->flags |= IRF_IMPLICIT;
        for (int i = vi; i < call->list.n; i++) irb_push(b, &slice->list, call->list.a[i]);
        slice->len = irb_int(b, call->pos, ty_basic[B_INT], call->list.n - vi);
    }
    call->list.n = vi < call->list.n ? vi : call->list.n;
    irb_push(b, &call->list, slice);
    call->flags |= IRF_ISDDD;
}

/* ---- callee temporaries (RewriteNonNameCall) ------------------------------------------ */

static bool call_or_chan(IrNode *n) {
    switch (n->op) {
    case IR_APPEND: case IR_CALLFUNC: case IR_CALLINTER: case IR_CAP: case IR_CLEAR: case IR_CLOSE:
    case IR_COMPLEX: case IR_COPY: case IR_DELETE: case IR_IMAG: case IR_LEN: case IR_MAKESLICE:
    case IR_MAKEMAP: case IR_MAKECHAN: case IR_MAX: case IR_MIN: case IR_PANIC: case IR_PRINT:
    case IR_PRINTLN: case IR_REAL: case IR_RECOVER: case IR_RECV: case IR_UNSAFEADD: case IR_UNSAFESLICE:
    case IR_UNSAFESLICEDATA: case IR_UNSAFESTRING: case IR_UNSAFESTRINGDATA: return true;
    default: return false;
    }
}

/* any_call: ir.Any(n, callOrChan), new(T) excepted; closures are not entered. */
static bool any_call(IrNode *n) {
    if (!n) return false;
    if (n->op != IR_NEW && call_or_chan(n)) return true;
    if (n->op == IR_CLOSURE) return false;
    if (any_call(n->x) || any_call(n->y) || any_call(n->z) || any_call(n->cond)) return true;
    for (int i = 0; i < n->list.n; i++)
        if (any_call(n->list.a[i])) return true;
    for (int i = 0; i < n->init.n; i++)
        if (any_call(n->init.a[i])) return true;
    return false;
}

static void rewrite_non_name_call(IrBuilder *b, IrNode *call) {
    IrNode **np = &call->x;
    if ((*np)->op == IR_DOTINTER || (*np)->op == IR_METHVALUE) np = &(*np)->x;
    if (!any_call(*np)) return;
    IrName *tmp = irb_temp(b, call->pos, (*np)->type);
    IrNode *as = irb_as(b, call->pos, irb_name_node(b, tmp), *np);
    as->flags |= IRF_DEFN;
    tmp->defn = as;
    irb_push(b, &as->init, irb_dcl(b, call->pos, tmp));
    *np = irb_name_node(b, tmp);
    irb_push(b, &call->init, as);
}

/* ---- method types --------------------------------------------------------------------- */

/* irb_method_type: gc's NewMethodType, the method's signature with the receiver
 * (of type recv) as first parameter; cached per method object. */
Type *irb_method_type(Object *m, Type *recv) {
    static Map cache; /* method Object* -> Type*: types live as long as their objects */
    Type *sig = m->type;
    if (!sig || sig->kind != T_SIGNATURE || !sig->u.sig.recv) return sig;
    if (ty_identical(recv, sig->u.sig.recv->type)) {
        Type *t = map_getp(&cache, m);
        if (t) return t;
    }
    Type *params = sig->u.sig.params;
    int n = params->u.tuple.n;
    Object **vars = NEWARR(ty_arena(), Object *, n + 1);
    vars[0] = obj_var(VK_PARAM, sig->u.sig.recv->pos, sig->u.sig.recv->pkg, sig->u.sig.recv->name, recv);
    for (int i = 0; i < n; i++) vars[i + 1] = params->u.tuple.vars[i];
    Type *t = ty_new(T_SIGNATURE);
    t->u.sig.params = ty_tuple(vars, n + 1);
    t->u.sig.results = sig->u.sig.results;
    t->u.sig.variadic = sig->u.sig.variadic;
    if (ty_identical(recv, sig->u.sig.recv->type)) map_putp(&cache, m, t);
    return t;
}

static Type *result_type(Type *sig) {
    if (!sig || sig->kind != T_SIGNATURE) return NULL;
    Type *res = sig->u.sig.results;
    if (res->u.tuple.n == 0) return NULL;
    if (res->u.tuple.n == 1) return res->u.tuple.vars[0]->type;
    return res;
}

/* ---- builtins ---------------------------------------------------------------------------- */

static IrNode *make_expr(IrBuilder *b, AstNode *e) {
    AstList args = e->u.call.args;
    Type *t = irb_type_of(b, args.a[0]);
    Type *u = irb_under(t);
    IrOp op = u->kind == T_MAP ? IR_MAKEMAP : u->kind == T_CHAN ? IR_MAKECHAN : IR_MAKESLICE;
    IrNode *n = irb_node(b, op, e->pos, t);
    n->x = args.n > 1 ? irb_expr(b, args.a[1]) : NULL;
    n->y = args.n > 2 ? irb_expr(b, args.a[2]) : NULL;
    if (!n->x && op != IR_MAKESLICE) n->x = irb_int(b, e->pos, ty_basic[B_UNTYPED_INT], 0);
    n->src = e;
    return n;
}

static IrNode *new_expr(IrBuilder *b, AstNode *e) {
    AstNode *arg = e->u.call.args.a[0];
    TypeAndValue *tv = irb_tv(b, irb_unparen(arg));
    Type *t = irb_type_of(b, e);
    if (tv && tv->mode == OM_TYPEXPR) {
        IrNode *n = irb_node(b, IR_NEW, e->pos, t);
        n->x = irb_type_node(b, irb_pos(arg), tv->type);
        /* reader's exprType: a derived type is read from the dictionary */
        if (irb_derived(b, arg)) n->x->flags |= IRF_DYNTYPE;
        return n;
    }
    /* new(expr): tmp := expr; &tmp */
    IrNode *x = irb_expr(b, arg);
    if (irb_is_untyped(x->type)) x->type = ty_default(x->type);
    IrName *tmp = irb_temp(b, e->pos, x->type);
    IrNode *as = irb_as(b, e->pos, irb_name_node(b, tmp), x);
    as->flags |= IRF_DEFN;
    tmp->defn = as;
    IrNode *addr = irb_addr(b, e->pos, irb_name_node(b, tmp), false);
    irb_push(b, &addr->init, irb_dcl(b, e->pos, tmp));
    irb_push(b, &addr->init, as);
    return addr;
}

static IrOp builtin_op(BuiltinId id) {
    switch (id) {
    case BLT_APPEND: return IR_APPEND;
    case BLT_CAP: return IR_CAP;
    case BLT_CLEAR: return IR_CLEAR;
    case BLT_CLOSE: return IR_CLOSE;
    case BLT_COMPLEX: return IR_COMPLEX;
    case BLT_COPY: return IR_COPY;
    case BLT_DELETE: return IR_DELETE;
    case BLT_IMAG: return IR_IMAG;
    case BLT_LEN: return IR_LEN;
    case BLT_MAX: return IR_MAX;
    case BLT_MIN: return IR_MIN;
    case BLT_PANIC: return IR_PANIC;
    case BLT_PRINT: return IR_PRINT;
    case BLT_PRINTLN: return IR_PRINTLN;
    case BLT_REAL: return IR_REAL;
    case BLT_RECOVER: return IR_RECOVER;
    case BLT_ADD: return IR_UNSAFEADD;
    case BLT_SLICE: return IR_UNSAFESLICE;
    case BLT_SLICEDATA: return IR_UNSAFESLICEDATA;
    case BLT_STRING: return IR_UNSAFESTRING;
    case BLT_STRINGDATA: return IR_UNSAFESTRINGDATA;
    default: return IR_OP_COUNT;
    }
}

static IrNode *builtin_call(IrBuilder *b, AstNode *e, BuiltinId id, Type *sig) {
    if (id == BLT_MAKE) return make_expr(b, e);
    if (id == BLT_NEW) return new_expr(b, e);
    IrOp op = builtin_op(id);
    Type *t = irb_ideal_type(irb_type_of(b, e), NULL, false);
    IrNode *n = irb_node(b, op == IR_OP_COUNT ? IR_NIL : op, e->pos, t);
    IrNodes args = {0};
    call_args(b, e, sig, &args);
    if (has_dots(e)) n->flags |= IRF_ISDDD;
    switch (op) {
    case IR_APPEND:
        n->list = args;
        if ((n->flags & IRF_ISDDD) && args.n == 2 && args.a[1]->op == IR_CONVNOP && (args.a[1]->flags & IRF_IMPLICIT))
            n->list.a[1] = args.a[1]->x;
        break;
    case IR_CAP: case IR_CLEAR: case IR_CLOSE: case IR_IMAG: case IR_LEN: case IR_PANIC: case IR_REAL:
    case IR_UNSAFESLICEDATA: case IR_UNSAFESTRINGDATA:
        n->x = args.n > 0 ? args.a[0] : NULL;
        break;
    case IR_COMPLEX: case IR_COPY: case IR_UNSAFEADD: case IR_UNSAFESLICE: case IR_UNSAFESTRING:
        n->x = args.n > 0 ? args.a[0] : NULL;
        n->y = args.n > 1 ? args.a[1] : NULL;
        break;
    default: n->list = args; break;
    }
    n->src = e;
    return n;
}

/* ---- calls ------------------------------------------------------------------------------------ */

static AstNode *method_selector(IrBuilder *b, AstNode *fun, Selection **out) {
    AstNode *x = irb_unparen(fun);
    if (x->kind == N_IndexExpr || x->kind == N_IndexListExpr) x = x->u.index.x;
    if (x->kind != N_SelectorExpr) return NULL;
    Selection *sel = map_getp(&b->info->selections, x);
    if (!sel || sel->kind != SEL_METHOD_VAL || !sel->obj) return NULL;
    *out = sel;
    return x;
}

/* callee: the function part of a call (writer's writeFunExpr): a method
 * call's receiver, then the dictionary of a shaped callee, go first in the
 * arguments; returns how many it put. */
static int callee(IrBuilder *b, IrNode *call, AstNode *fun, Type *sig) {
    Selection *sel = NULL;
    AstNode *sx = method_selector(b, fun, &sel);
    if (!sx) {
        b->callee = fun;
        call->x = irb_expr(b, fun);
        b->callee = NULL;
        IrNode *dict = irb_inst_dict(b, fun, call->x);
        if (dict) irb_push(b, &call->list, dict);
        return dict != NULL;
    }
    IrNode *recv = irb_method_recv(b, sx, sel);
    IrNode *f = irb_dict_method(b, sx, sel, recv);
    int nrecv = 0;
    if (f) { /* through the dictionary */
        irb_push(b, &call->list, recv);
        nrecv = 1;
    } else if (irb_is_iface(recv->type)) {
        f = irb_node(b, IR_DOTINTER, irb_pos(sx), sig);
        f->x = recv;
        call->op = IR_CALLINTER;
        irb_note_fn(b, IRFN_HASCALLINTER);
    } else {
        f = irb_node(b, IR_METHEXPR, irb_pos(sx), irb_method_type(sel->obj, recv->type));
        f->x = irb_type_node(b, irb_pos(sx), recv->type);
        f->func = map_getp(&b->funcs, sel->obj);
        irb_push(b, &call->list, recv);
        nrecv = 1;
        if (!f->func && (f->func = irb_inst_method(b, sel->obj, recv->type))) { /* shaped method */
            IrNode *dict = irb_inst_method_dict(b, f->func, recv->type, irb_pos(sx));
            if (dict) irb_push(b, &call->list, dict), nrecv++;
            if (f->func->type->u.sig.recv) f->x = irb_type_node(b, irb_pos(sx), f->func->type->u.sig.recv->type);
        }
    }
    f->sel = sel->obj;
    call->x = f;
    return nrecv;
}

static Type *callee_sig(IrBuilder *b, AstNode *fun) {
    TypeAndValue *tvf = irb_tv(b, fun);
    Type *sig = tvf ? tvf->type : NULL;
    if (sig && irb_under(sig)->kind == T_SIGNATURE) sig = irb_under(sig);
    return sig;
}

IrNode *irb_call(IrBuilder *b, AstNode *e) {
    AstNode *fun = irb_unparen(e->u.call.fun);
    TypeAndValue *tvf = irb_tv(b, fun);
    if (tvf && tvf->mode == OM_TYPEXPR) {
        if (e->u.call.args.n != 1) return irb_node(b, IR_NIL, e->pos, tvf->type);
        return irb_conv_expr(b, tvf->type, e->u.call.args.a[0], false);
    }
    if (tvf && tvf->mode == OM_BUILTIN) {
        Object *o = irb_obj_of(b, fun);
        if (o && o->kind == OBJ_BUILTIN) return builtin_call(b, e, o->u.builtin, tvf->type);
    }
    Type *sig = callee_sig(b, fun);
    IrNode *call = irb_node(b, IR_CALLFUNC, e->pos, result_type(sig));
    call->src = e;
    int nrecv = callee(b, call, fun, sig);
    call_args(b, e, sig, &call->list);
    if (has_dots(e)) call->flags |= IRF_ISDDD;
    rewrite_non_name_call(b, call);
    fix_variadic(b, call, sig, nrecv);
    return call;
}

/* irb_call1 is the call fun(arg) of an expression fun with an argument
 * already built (the range-over-func rewrite's X(#yieldN)). */
IrNode *irb_call1(IrBuilder *b, Pos pos, AstNode *fun, IrNode *arg) {
    fun = irb_unparen(fun);
    Type *sig = callee_sig(b, fun);
    IrNode *call = irb_node(b, IR_CALLFUNC, pos, result_type(sig));
    callee(b, call, fun, sig);
    Type *pt = param_type(&(Params){sig, false, 0}, 0);
    if (pt && arg->type && !ty_identical(arg->type, pt)) arg = irb_conv(b, pos, pt, arg, true);
    irb_push(b, &call->list, arg);
    rewrite_non_name_call(b, call);
    return call;
}
