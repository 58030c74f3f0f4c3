/* dict.c: dictionaries of shaped instantiations (docs/generics.md §4, §5, §7).
 *
 * A shaped function takes its dictionary as a parameter ".dict" of type
 * *[N]uintptr: the first parameter, right after the receiver of a method.
 * Its callers pass "&.dict.F[int]" (the address of the global dictionary of
 * an instantiation with real type arguments, named after the generic
 * object: the function, or the generic type for its methods) or, inside a
 * shaped body where the type arguments depend on the type parameters, a
 * word of their own dictionary converted to the callee's dictionary type,
 * "(*[N]uintptr)(.dict[k])" (a sub-dictionary).
 *
 * A call x.M(args) on a value x of type-parameter type is an indirect call
 * through the dictionary: "(func(go.shape.T, args) results)(&.dict[i])(x,
 * args)" (noder's type parameter method expression); when the shape is an
 * interface gc warns "imprecise interface call" at the selector.
 *
 * Word indices follow gc's layout: the type parameter method expressions
 * first (in order of first use in the body, closures included), then the
 * sub-dictionaries (sub-dictionary words are patched once the body is
 * built). Approximations: N counts only these two sections (gc adds the
 * runtime types and itabs); entries are told apart by type parameter and
 * method, and by shaped callee and its type arguments in terms of the type
 * parameters (for methods of generic types, by shaped callee only). */
#include "ir/irb.h"

struct IrbDict {
    Object *param;      /* the .dict parameter's variable */
    Type *words;        /* [N]uintptr, N set when the body is built */
    Map meths;          /* Sym* "tparam-id.method" -> index + 1 */
    int nmeths;
    Map subs;           /* Sym* (shaped callee, type arguments) -> index + 1 */
    int nsubs;
    Vec(IrNode *) subidx; /* index literals of sub-dictionary words (scratch) */
};

static Sym *dict_sym(void) { return intern_cstr(".dict"); }

/* with_dict: sig with the variable dict as its first parameter. */
static Type *with_dict(Type *sig, Object *dict) {
    Type *t = ty_new(T_SIGNATURE);
    t->u.sig = sig->u.sig;
    t->u.sig.ntparams = t->u.sig.nrtparams = 0;
    t->u.sig.tparams = t->u.sig.rtparams = NULL;
    int n = sig->u.sig.params->u.tuple.n;
    Object **vars = NEWARR(ty_arena(), Object *, n + 1);
    vars[0] = dict;
    for (int i = 0; i < n; i++) vars[i + 1] = sig->u.sig.params->u.tuple.vars[i];
    t->u.sig.params = ty_tuple(vars, n + 1);
    return t;
}

void irb_dict_declare(IrBuilder *b, IrFunc *fn, Object *generic) {
    IrbDict *d = NEW(b->a, IrbDict);
    d->words = ty_array(ty_basic[B_UINTPTR], 0);
    d->param = obj_var(VK_PARAM, fn->pos, generic->pkg, dict_sym(), ty_pointer(d->words));
    fn->type = fn->nname->type = with_dict(fn->type, d->param);
    map_putp(&b->dicts, fn, d);
}

static void insert_at(IrBuilder *b, IrName ***a, int *n, int *cap, int at, IrName *x) {
    struct { IrName **a; int n, cap; } v = {*a, *n, *cap};
    ir_vec_push(b->a, &v, x);
    memmove(v.a + at + 1, v.a + at, sizeof *v.a * (size_t)(v.n - 1 - at));
    v.a[at] = x;
    *a = v.a, *n = v.n, *cap = v.cap;
}

void irb_dict_begin(IrBuilder *b, IrFunc *fn) {
    IrbDict *d = map_getp(&b->dicts, fn);
    b->dict = d;
    if (!d) return;
    IrName *n = irb_new_name(b, dict_sym(), PPARAM, fn->pos, d->param->type, d->param);
    n->curfn = fn;
    map_putp(&b->names, d->param, n);
    int at = fn->type->u.sig.recv ? 1 : 0;
    if (at > fn->params.n) at = fn->params.n;
    insert_at(b, &fn->params.a, &fn->params.n, &fn->params.cap, at, n);
    insert_at(b, &fn->dcl.a, &fn->dcl.n, &fn->dcl.cap, at, n);
}

void irb_dict_end(IrBuilder *b) {
    IrbDict *d = b->dict;
    b->dict = NULL;
    if (!d) return;
    for (int i = 0; i < d->subidx.n; i++) {
        IrNode *k = d->subidx.a[i];
        k->val = cv_int64(d->nmeths + cv_int64_val(k->val, NULL));
    }
    vec_free(&d->subidx);
    d->words->u.array.len = d->nmeths + d->nsubs;
    map_clear(&d->meths);
    map_clear(&d->subs);
}

/* word: .dict[idx] of the body being built. */
static IrNode *word(IrBuilder *b, Pos pos, int idx) {
    IrNode *w = irb_node(b, IR_INDEX, pos, ty_basic[B_UINTPTR]);
    w->x = irb_deref(b, pos, irb_var_ref(b, b->dict->param, pos), true);
    w->y = irb_int(b, pos, ty_basic[B_INT], idx);
    return w;
}

static int slot(Map *m, const void *key, int *count) {
    intptr_t i = (intptr_t)map_getp(m, key);
    if (!i) map_putp(m, key, (void *)(i = ++*count));
    return (int)i - 1;
}

/* method_word: (func(recv, params) results)(&.dict[i]), the method of a
 * type parameter selected by sx, or NULL when recv is not of one. */
static IrNode *method_word(IrBuilder *b, AstNode *sx, Selection *sel, IrNode *recv) {
    if (!b->dict || !recv->type || !ir_is_shape(recv->type) || !sel->obj || !sel->obj->type) return NULL;
    Pos pos = irb_pos(sx);
    TypeAndValue *raw = sel->nindex == 1 ? map_getp(&b->info->types, irb_unparen(sx->u.sel.x)) : NULL;
    Type *tp = raw && raw->type && ty_unalias(raw->type)->kind == T_TYPEPARAM ? raw->type : recv->type;
    char *k = xsprintf("%u.%s", ty_unalias(tp)->id, sel->obj->name->s);
    int idx = slot(&b->dict->meths, intern_cstr(k), &b->dict->nmeths);
    free(k);
    IrNode *f = irb_node(b, IR_CONVNOP, pos, irb_st(b, irb_method_type(sel->obj, tp)));
    f->x = irb_addr(b, pos, word(b, pos, idx), false);
    return f;
}

IrNode *irb_dict_method(IrBuilder *b, AstNode *sx, Selection *sel, IrNode *recv) {
    IrNode *f = method_word(b, sx, sel, recv);
    if (f && irb_is_iface(recv->type)) ir_vec_push(b->a, &b->ip->notes, ((IrNote){f->pos, "imprecise interface call"}));
    return f;
}

static IrName *global_dict(IrBuilder *b, Object *owner, Type **targs, int n, IrbDict *callee, Pos pos) {
    StrBuf sb = {0};
    sb_puts(&sb, ".dict.");
    ir_fmt_inst_sym(&sb, owner, targs, n);
    Sym *sym = intern(sb.s, sb.len);
    sb_free(&sb);
    IrName *g = map_getp(&b->dict_globals, sym);
    if (g) return g;
    Object *o = obj_var(VK_PACKAGE, pos, owner->pkg, sym, callee->words);
    g = irb_new_name(b, sym, PEXTERN, pos, callee->words, o);
    map_putp(&b->dict_globals, sym, g);
    return g;
}

/* sub_key: the key of a sub-dictionary word, the callee and, when known,
 * its type arguments in terms of the type parameters (raw). */
static Sym *sub_key(IrFunc *fn, Type **raw, int n) {
    StrBuf sb = {0};
    sb_printf(&sb, "%p", (void *)fn);
    for (int i = 0; raw && i < n; i++) sb_printf(&sb, ",%u", ty_unalias(raw[i])->id);
    Sym *s = intern(sb.s, sb.len);
    sb_free(&sb);
    return s;
}

IrNode *irb_dict_arg(IrBuilder *b, IrFunc *fn, Object *owner, Type **targs, Type **raw, int n, Pos pos) {
    IrbDict *callee = map_getp(&b->dicts, fn);
    if (!callee) return NULL;
    bool derived = false;
    for (int i = 0; i < n; i++) derived |= ir_has_shape(targs[i]);
    if (!derived) return irb_addr(b, pos, irb_name_node(b, global_dict(b, owner, targs, n, callee, pos)), false);
    if (!b->dict) return irb_node(b, IR_NIL, pos, callee->param->type); /* not expected */
    IrNode *w = word(b, pos, slot(&b->dict->subs, sub_key(fn, raw, n), &b->dict->nsubs));
    vec_push(&b->dict->subidx, w->y);
    IrNode *c = irb_node(b, IR_CONVNOP, pos, callee->param->type);
    c->x = w;
    return c;
}

/* ---- method values needing the dictionary (gc's curry) ------------------------------ */

/* capture: a copy of x made in the enclosing function (its init) and
 * captured by closure w. */
static IrNode *capture(IrBuilder *b, IrFunc *w, Pos pos, IrNode *x, IrNodes *init) {
    IrName *tmp = irb_temp(b, pos, x->type);
    irb_push(b, init, irb_dcl(b, pos, tmp));
    IrNode *as = irb_as(b, pos, irb_name_node(b, tmp), x);
    as->flags |= IRF_DEFN;
    tmp->defn = as;
    irb_push(b, init, as);
    return irb_name_node(b, irb_capture_temp(b, w, tmp, pos));
}

/* shaped_method_fun: the shaped method m of a method value whose
 * dictionary is a word of the body's own (*dict), or NULL. */
static IrNode *shaped_method_fun(IrBuilder *b, Pos pos, Selection *sel, IrNode *recv, IrNode **dict) {
    IrFunc *m = map_getp(&b->funcs, sel->obj) ? NULL : irb_inst_method(b, sel->obj, recv->type);
    if (!m || !m->type->u.sig.recv) return NULL;
    *dict = irb_inst_method_dict(b, m, recv->type, pos);
    if (!*dict || (*dict)->op != IR_CONVNOP) return NULL; /* static: gc's method value wrapper */
    IrNode *f = irb_node(b, IR_METHEXPR, pos, irb_method_type(sel->obj, recv->type));
    f->x = irb_type_node(b, pos, m->type->u.sig.recv->type);
    f->sel = sel->obj;
    f->func = m;
    return f;
}

void irb_tail_call(IrBuilder *b, IrFunc *w, IrNode *call, Type *sig, int dict_at, IrNode *dict) {
    irb_declare_params(b, w, sig, false);
    for (int i = 0; i <= w->params.n; i++) {
        if (i == dict_at && dict) irb_push(b, &call->list, dict);
        if (i < w->params.n) irb_push(b, &call->list, irb_name_node(b, w->params.a[i]));
    }
    if (sig->u.sig.variadic) call->flags |= IRF_ISDDD;
    Type *res = sig->u.sig.results;
    call->type = res->u.tuple.n == 1 ? res->u.tuple.vars[0]->type : res->u.tuple.n ? res : NULL;
    IrNode *stmt = call;
    if (res->u.tuple.n) {
        stmt = irb_node(b, IR_RETURN, call->pos, NULL);
        irb_push(b, &stmt->list, call);
    }
    irb_push(b, &w->body, stmt);
}

/* curry: gc's curry, a synthetic closure of type sig (Wrapper: no
 * diagnostics) capturing copies of fun (unless a function or method name),
 * arg0 and arg1 (optional), whose body calls fun(arg0, arg1, params...). */
static IrNode *curry(IrBuilder *b, Pos pos, Type *sig, IrNode *fun, IrNode *arg0, IrNode *arg1) {
    IrFunc *w = irb_closure_func(b, pos, sig, "closure");
    w->flags |= IRFN_WRAPPER | IRFN_HASBODY;
    IrNodes init = {0};
    IrNode *call = irb_node(b, IR_CALLFUNC, pos, NULL);
    bool safe = fun->op == IR_METHEXPR || (fun->op == IR_NAME && fun->name && fun->name->class == PFUNC);
    call->x = safe ? fun : capture(b, w, pos, fun, &init);
    irb_push(b, &call->list, capture(b, w, pos, arg0, &init));
    if (arg1) irb_push(b, &call->list, capture(b, w, pos, arg1, &init));
    irb_tail_call(b, w, call, sig, -1, NULL);
    w->endpos = pos;
    w->closure->init = init;
    return w->closure;
}

IrNode *irb_dict_method_value(IrBuilder *b, AstNode *e, Selection *sel, IrNode *recv, Type *sig) {
    if (!b->dict || !sig || irb_under(sig)->kind != T_SIGNATURE) return NULL;
    Pos pos = irb_pos(e);
    IrNode *dict = NULL, *fun = method_word(b, e, sel, recv);
    if (!fun && !(fun = shaped_method_fun(b, pos, sel, recv, &dict))) return NULL;
    return curry(b, pos, irb_under(sig), fun, recv, dict);
}

IrNode *irb_dict_func_value(IrBuilder *b, IrFunc *fn, IrNode *dict, Type *sig, Pos pos) {
    if (!sig || irb_under(sig)->kind != T_SIGNATURE) return NULL;
    return curry(b, pos, irb_under(sig), irb_name_node(b, fn->nname), dict, NULL);
}
