/* devirt.c: static devirtualization (gc's devirtualize.StaticCall), which
 * gc runs even with inlining off.
 *
 * An interface method call whose receiver is statically known to hold one
 * concrete type becomes a call of that type's method on x.(T): the
 * receiver is followed through conversions and type assertions to a local
 * variable (never address-taken, of class PAUTO) and every assignment to
 * it anywhere in its function, closures included, must give the same
 * concrete type (gc's concreteType over the assignments its State
 * collects). Each rewrite leaves a note "devirtualizing i.M to T" at the
 * call for -m. */
#include "ir/irb.h"

typedef Vec(void *) Tagged; /* Type* (low bit 1), IrNode* (low bit 0), NULL: unknown */

typedef struct Assigns {
    Tagged v;
} Assigns;

typedef struct Devirt {
    IrBuilder *b;
    Map assigns;   /* canonical IrName* -> Assigns* */
    Map analyzed;  /* IrFunc* -> non-NULL */
    Vec(Assigns *) all;
} Devirt;

static Type *no_type(void) {
    static Type t;
    return &t;
}

/* ---- assignments (State.analyze) ------------------------------------------------------ */

static void add_assign(Devirt *d, IrNode *lhs, void *what, bool is_type) {
    if (!lhs || lhs->op != IR_NAME || ir_is_blank(lhs)) return;
    IrNode *o = ir_outer_value(lhs);
    if (o->op != IR_NAME || !o->name || !o->name->curfn || !irb_is_iface(o->name->type)) return;
    IrName *n = ir_canonical(o->name);
    if (n->class != PAUTO) return;
    if (is_type && what && irb_is_iface(what)) what = NULL;
    if (!is_type && what && ((IrNode *)what)->op == IR_NIL) return;
    Assigns *a = map_getp(&d->assigns, n);
    if (!a) {
        a = xmalloc(sizeof *a);
        a->v = (Tagged){0};
        map_putp(&d->assigns, n, a);
        vec_push(&d->all, a);
    }
    vec_push(&a->v, what ? (void *)((uintptr_t)what | (is_type ? 1u : 0u)) : NULL);
}

static Type *result_type(IrNode *call, int i) {
    Type *t = call->type;
    if (!t) return NULL;
    if (t->kind == T_TUPLE) return i < t->u.tuple.n ? t->u.tuple.vars[i]->type : NULL;
    return i == 0 ? t : NULL;
}

static bool is_call(IrNode *n) { return n->op == IR_CALLFUNC || n->op == IR_CALLINTER; }

static Type *range_elem_types(IrNode *n, Type **val) {
    Type *xt = irb_under(n->x->type);
    *val = NULL;
    if (xt->kind == T_POINTER) xt = irb_under(xt->u.ptr.elem);
    if (xt->kind == T_ARRAY) return *val = xt->u.array.elem, NULL;
    if (xt->kind == T_SLICE) return *val = xt->u.ptr.elem, NULL;
    if (xt->kind == T_CHAN) return xt->u.chan.elem;
    if (xt->kind == T_MAP) return *val = xt->u.map.elem, xt->u.map.key;
    return NULL;
}

static void analyze_list(Devirt *d, IrNodes *l);

static bool analyze_node(IrNode *n, void *ctx) {
    Devirt *d = ctx;
    switch (n->op) {
    case IR_AS:
        if (n->y) {
            if (is_call(n->y)) add_assign(d, n->x, result_type(n->y, 0), true);
            else add_assign(d, n->x, n->y, false);
        }
        break;
    case IR_AS2:
        for (int i = 0; i < n->list.n && i < n->rlist.n; i++) add_assign(d, n->list.a[i], n->rlist.a[i], false);
        break;
    case IR_AS2DOTTYPE:
        add_assign(d, n->list.a[0], n->rlist.a[0], false);
        add_assign(d, n->list.a[1], NULL, false);
        break;
    case IR_AS2MAPR: case IR_AS2RECV:
        add_assign(d, n->list.a[0], n->rlist.a[0]->type, true);
        add_assign(d, n->list.a[1], NULL, false);
        break;
    case IR_AS2FUNC:
        for (int i = 0; i < n->list.n; i++) add_assign(d, n->list.a[i], result_type(n->rlist.a[0], i), true);
        break;
    case IR_RANGE: {
        Type *val, *key = range_elem_types(n, &val);
        add_assign(d, n->key, key, true);
        add_assign(d, n->value, val, true);
        break;
    }
    case IR_SWITCH:
        if (n->x && n->x->op == IR_TYPESW)
            for (int i = 0; i < n->list.n; i++)
                if (n->list.a[i]->name) {
                    IrNode nm = {0};
                    nm.op = IR_NAME;
                    nm.name = n->list.a[i]->name;
                    add_assign(d, &nm, n->x->x, false);
                }
        break;
    case IR_CLOSURE:
        if (!map_getp(&d->analyzed, n->func)) {
            map_putp(&d->analyzed, n->func, n->func);
            analyze_list(d, &n->func->body);
        }
        break;
    default: break;
    }
    return false;
}

static void analyze_list(Devirt *d, IrNodes *l) {
    for (int i = 0; i < l->n; i++) ir_any(l->a[i], analyze_node, d);
}

static Assigns *assignments(Devirt *d, IrName *n) {
    if (!map_getp(&d->analyzed, n->curfn)) { /* closures are analysed with their function */
        map_putp(&d->analyzed, n->curfn, n->curfn);
        analyze_list(d, &n->curfn->body);
    }
    return map_getp(&d->assigns, n);
}

/* ---- concrete types ------------------------------------------------------------------------ */

static Type *concrete1(Devirt *d, IrNode *n, Map *seen) {
    for (;;) {
        if (!n || !n->type) return NULL;
        if (!irb_is_iface(n->type)) return n->type;
        if (n->op == IR_CONVNOP || n->op == IR_CONVIFACE || n->op == IR_DOTTYPE || n->op == IR_DOTTYPE2) {
            n = n->x;
            continue;
        }
        break;
    }
    if (n->op != IR_NAME || !n->name) return NULL;
    IrName *name = ir_canonical(n->name);
    if (name->class != PAUTO || !name->curfn || (name->flags & IRN_ADDRTAKEN)) return NULL;
    if (map_getp(seen, name)) return no_type();
    map_putp(seen, name, name);
    Assigns *as = assignments(d, name);
    Type *typ = NULL;
    for (int i = 0; as && i < as->v.n; i++) {
        void *v = as->v.a[i];
        Type *t;
        if (!v) return NULL;
        if ((uintptr_t)v & 1u) t = (Type *)((uintptr_t)v & ~(uintptr_t)1u);
        else {
            t = concrete1(d, v, seen);
            if (t == no_type()) continue;
        }
        if (!t) return NULL;
        if (typ && !ty_identical(typ, t)) return NULL;
        typ = t;
    }
    return typ ? typ : no_type();
}

static Type *concrete_type(Devirt *d, IrNode *n) {
    Map seen = {0};
    Type *t = concrete1(d, n, &seen);
    map_clear(&seen);
    return t == no_type() ? NULL : t;
}

/* ---- the rewrite --------------------------------------------------------------------------- */

static IrNode *dot_path(IrBuilder *b, Pos pos, IrNode *x, int index) {
    bool ptr = irb_is_ptr(x->type);
    Type *st = irb_under(ptr ? irb_elem(x->type) : x->type);
    Object *f = st->u.strct.fields[index];
    IrNode *n = irb_node(b, ptr ? IR_DOTPTR : IR_DOT, pos, f->type);
    n->x = x;
    n->sel = f;
    n->flags |= IRF_IMPLICIT;
    return n;
}

static void note(IrBuilder *b, Pos pos, IrNode *sel, Type *typ, bool partial) {
    StrBuf s = {0};
    sb_puts(&s, partial ? "partially devirtualizing " : "devirtualizing ");
    ir_fmt(&s, sel);
    sb_puts(&s, " to ");
    ir_fmt_type(&s, typ, b->pkg);
    IrNote nt = {pos, arena_strndup(b->a, s.s, s.len)};
    ir_vec_push(b->a, &b->ip->notes, nt);
    sb_free(&s);
}

static void static_call(Devirt *d, IrNode *call) {
    IrBuilder *b = d->b;
    IrNode *sel = call->x;
    Type *typ = concrete_type(d, sel->x);
    if (!typ || !ty_implements(typ, sel->x->type, false, NULL)) return;
    Lookup l = ty_lookup_field_or_method(typ, false, sel->sel->pkg, sel->sel->name);
    if (!l.obj || l.obj->kind != OBJ_FUNC) return;
    IrNode *x = irb_node(b, IR_DOTTYPE, call->pos, typ);
    x->x = sel->x;
    for (int i = 0; i + 1 < l.nindex; i++) x = dot_path(b, sel->pos, x, l.index[i]);
    Type *sig = l.obj->type;
    Object *rv = sig && sig->kind == T_SIGNATURE ? sig->u.sig.recv : NULL;
    note(b, call->pos, sel, typ, rv && irb_is_iface(rv->type));
    if (rv && irb_is_iface(rv->type)) { /* a method of an embedded interface */
        IrNode *di = irb_node(b, IR_DOTINTER, sel->pos, sel->type);
        di->x = x;
        di->sel = l.obj;
        call->x = di;
        return;
    }
    if (rv) {
        Type *xt = irb_unalias(x->type);
        if (xt->kind == T_POINTER && ty_identical(xt->u.ptr.elem, rv->type)) x = irb_deref(b, sel->pos, x, true);
        else if (irb_unalias(rv->type)->kind == T_POINTER && ty_identical(irb_unalias(rv->type)->u.ptr.elem, x->type))
            x = irb_addr(b, sel->pos, x, true);
    }
    IrNode *me = irb_node(b, IR_METHEXPR, sel->pos, NULL);
    me->x = irb_type_node(b, sel->pos, x->type);
    me->sel = l.obj;
    me->func = map_getp(&b->funcs, l.obj);
    me->type = irb_method_type(l.obj, x->type);
    IrNodes args = {0};
    irb_push(b, &args, x);
    irb_append(b, &args, &call->list);
    call->op = IR_CALLFUNC;
    call->x = me;
    call->list = args;
}

static bool visit(IrNode *n, void *ctx) {
    if (n->op == IR_CALLINTER && n->x && n->x->op == IR_DOTINTER) static_call(ctx, n);
    return false;
}

void irb_devirtualize(IrBuilder *b) {
    Devirt d = {b, {0}, {0}, {0}};
    for (int i = 0; i < b->ip->funcs.n; i++)
        if (irb_fn_may_have(b, b->ip->funcs.a[i], IRFN_HASCALLINTER)) ir_any_func(b->ip->funcs.a[i], visit, &d);
    for (int i = 0; i < d.all.n; i++) {
        vec_free(&d.all.a[i]->v);
        free(d.all.a[i]);
    }
    vec_free(&d.all);
    map_clear(&d.assigns);
    map_clear(&d.analyzed);
}
