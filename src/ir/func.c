/* func.c: functions, their parameters and bodies, and closures.
 *
 * Parameters are declared as gc's Func.DeclareParams does: receiver and
 * parameters are PPARAM, results PPARAMOUT, unnamed or blank ones named
 * "~pN" / "~rN" by their index (the receiver counts in the parameter
 * index). A function literal becomes a closure IrFunc named by gc's
 * closureName rules ("F.func1", "F.func1.2", "(*T).M.func1",
 * "init.func1" for package-level initialisers), numbered per enclosing
 * body in source order; it is appended to the package's funcs when it is
 * created, before its body, as gc's NewClosureFunc does. */
#include <stdio.h>

#include "ir/irb.h"

IrFunc *irb_new_func(IrBuilder *b, Sym *name, Pos pos, Type *sig, Object *obj) {
    IrFunc *fn = NEW(b->a, IrFunc);
    fn->obj = obj;
    fn->type = sig;
    fn->pos = pos;
    fn->nname = obj ? irb_global(b, obj) : irb_new_name(b, name, PFUNC, pos, sig, NULL);
    fn->nname->sym = name;
    fn->nname->class = PFUNC;
    fn->nname->func = fn;
    if (obj) map_putp(&b->funcs, obj, fn);
    return fn;
}

static IrName *param(IrBuilder *b, IrFunc *fn, Object *v, IrClass class, const char *prefix, int i) {
    Sym *sym = v ? v->name : NULL;
    if (!sym || !sym->len || (sym->len == 1 && sym->s[0] == '_')) {
        char buf[32];
        snprintf(buf, sizeof buf, "%s%d", prefix, i + (prefix[0] == '#'));
        sym = intern_cstr(buf);
    }
    IrName *n = irb_new_name(b, sym, class, v ? v->pos : fn->pos, v ? v->type : NULL, v);
    n->curfn = fn;
    ir_vec_push(b->a, &fn->dcl, n);
    if (v) map_putp(&b->names, v, n);
    return n;
}

void irb_declare_params(IrBuilder *b, IrFunc *fn, Type *sig, bool rv_names) {
    if (!sig || sig->kind != T_SIGNATURE) return;
    int i = 0;
    if (sig->u.sig.recv) ir_vec_push(b->a, &fn->params, param(b, fn, sig->u.sig.recv, PPARAM, "~p", i++));
    Type *ps = sig->u.sig.params, *rs = sig->u.sig.results;
    for (int k = 0; k < ps->u.tuple.n; k++)
        ir_vec_push(b->a, &fn->params, param(b, fn, ps->u.tuple.vars[k], PPARAM, "~p", i++));
    for (int k = 0; k < rs->u.tuple.n; k++)
        ir_vec_push(b->a, &fn->results, param(b, fn, rs->u.tuple.vars[k], PPARAMOUT, rv_names ? "#rv" : "~r", k));
}

void irb_enter(IrBuilder *b, FnState *fs, IrFunc *fn, Type *sig) {
    fs->fn = fn;
    fs->parent = b->fs;
    fs->sig = sig && sig->kind == T_SIGNATURE ? sig : NULL;
    fs->basepos = fn->pos;
    b->fs = fs;
}

void irb_leave(IrBuilder *b) {
    FnState *fs = b->fs;
    map_clear(&fs->captured);
    if (fs->rf && (!fs->parent || fs->parent->rf != fs->rf)) irb_rangefunc_free(fs->rf); /* the rewriter's own function */
    b->fs = fs->parent;
}

void irb_func_body(IrBuilder *b, IrFunc *fn, Type *sig, AstNode *body) {
    (void)sig;
    if (!body || body->kind != N_BlockStmt) return;
    fn->flags |= IRFN_HASBODY;
    irb_stmts(b, body->u.block.list, &fn->body);
    fn->endpos = body->u.block.rbrace;
}

/* irb_method_sym: gc's MethodSym, "T.M" or "(*T).M". */
Sym *irb_method_sym(IrBuilder *b, Object *m) {
    (void)b;
    Type *sig = m->type;
    Object *recv = sig && sig->kind == T_SIGNATURE ? sig->u.sig.recv : NULL;
    if (!recv) return m->name;
    Type *rt = irb_unalias(recv->type);
    bool ptr = rt->kind == T_POINTER;
    if (ptr) rt = irb_unalias(rt->u.ptr.elem);
    const char *tname = rt->kind == T_NAMED ? rt->u.named.obj->name->s : "?";
    char *s = ptr ? xsprintf("(*%s).%s", tname, m->name->s) : xsprintf("%s.%s", tname, m->name->s);
    Sym *sym = intern_cstr(s);
    free(s);
    return sym;
}

Sym *irb_closure_name(IrBuilder *b, const char *suffix, int gen) {
    IrFunc *outer = b->fs->fn;
    char *s = xsprintf("%s%s%d", outer->nname->sym->s, suffix, gen);
    Sym *sym = intern_cstr(s);
    free(s);
    return sym;
}

IrName *irb_capture_temp(IrBuilder *b, IrFunc *w, IrName *tmp, Pos pos) {
    IrName *cv = irb_new_name(b, tmp->sym, PAUTOHEAP, pos, tmp->type, NULL);
    cv->curfn = w;
    cv->flags |= IRN_CLOSUREVAR;
    cv->outer = tmp;
    cv->defn = irb_name_node(b, tmp);
    ir_vec_push(b->a, &w->closure_vars, cv);
    return cv;
}

/* irb_closure_func: ir.NewClosureFunc; why is "closure", "range", "go" or "defer". */
IrFunc *irb_closure_func(IrBuilder *b, Pos pos, Type *sig, const char *why) {
    FnState *fs = b->fs;
    IrFunc *outer = fs->fn;
    const char *suffix;
    int gen;
    if (!strcmp(why, "range")) suffix = "-range", gen = ++fs->rangelit_gen;
    else if (!strcmp(why, "go")) suffix = ".gowrap", gen = ++outer->ngodefer;
    else if (!strcmp(why, "defer")) suffix = ".deferwrap", gen = ++outer->ngodefer;
    else suffix = outer->closure ? "." : ".func", gen = ++fs->funclit_gen;
    IrFunc *fn = irb_new_func(b, irb_closure_name(b, suffix, gen), pos, sig, NULL);
    fn->outer = outer;
    if (outer->flags & IRFN_DUPOK) fn->flags |= IRFN_DUPOK;
    IrNode *clo = irb_node(b, IR_CLOSURE, pos, sig);
    clo->func = fn;
    fn->closure = clo;
    outer->nclosures++;
    ir_vec_push(b->a, &b->ip->funcs, fn);
    return fn;
}

IrNode *irb_func_lit(IrBuilder *b, AstNode *e) {
    Type *sig = irb_type_of(b, e);
    IrFunc *fn = irb_closure_func(b, e->pos, sig, "closure");
    fn->closure->src = e;
    FnState fs = {0};
    irb_enter(b, &fs, fn, sig);
    fs.body = e->u.funclit.body;
    /* the parameters are the objects the body uses (unsubstituted) */
    TypeAndValue *raw = map_getp(&b->info->types, e);
    irb_declare_params(b, fn, raw ? raw->type : sig, irb_rangefunc_results(b, fs.body));
    irb_func_body(b, fn, sig, e->u.funclit.body);
    irb_leave(b);
    return fn->closure;
}
