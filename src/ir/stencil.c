/* stencil.c: shaped instantiations of generic functions (docs/generics.md §7).
 *
 * The package's list of instantiations (ir/instantiate.c, gc's Target.Funcs
 * order) is appended to IrPackage.funcs after the declared functions. Each
 * shaped instantiation whose generic declaration belongs to this package
 * (its syntax tree is alive) is built from that declaration with the type
 * parameters substituted by their shapes (IrBuilder.subst: every type the
 * builder reads goes through irb_st), named as gc names it
 * ("Id[go.shape.int]") and flagged Dupok (no parameter diagnostics).
 * References to an instantiated generic function, in any body, name the
 * shaped instantiation, so that escape analysis sees the callee's body.
 *
 * Generic declarations of other packages are built from their syntax trees
 * and TypesInfo when the checker kept them (TypesInfo.kept): the registry
 * below maps each generic function of such a package to them.
 *
 * Dictionary wrappers F[int] (and (*T[int]).M) are built too, Wrapper and
 * Dupok, as tail calls of the shaped function with &.dict.F[int]: values
 * (not calls) of instantiations name them. The .dict parameter, dictionary
 * arguments and calls through the dictionary are in ir/dict.c. */
#include "ir/irb.h"

/* A generic declaration and what building it needs. */
typedef struct GenDecl {
    AstNode *decl;
    AstFile *file;
    TypesInfo *info;
} GenDecl;

static Map gen_decls; /* generic func Object* -> GenDecl* (kept packages) */

static bool generic_sig(Type *sig) {
    return sig && sig->kind == T_SIGNATURE && (sig->u.sig.ntparams || sig->u.sig.nrtparams);
}

static void register_generics(AstFile **files, int nfiles, TypesInfo *info) {
    for (int f = 0; f < nfiles; f++)
        for (int i = 0; files[f] && i < files[f]->decls.n; i++) {
            AstNode *d = files[f]->decls.a[i];
            if (d->kind != N_FuncDecl) continue;
            Object *o = map_getp(&info->defs, d->u.funcdecl.name);
            if (!o || o->kind != OBJ_FUNC || !generic_sig(o->type) || map_getp(&gen_decls, o)) continue;
            GenDecl *g = xmalloc(sizeof *g);
            *g = (GenDecl){d, files[f], info};
            map_putp(&gen_decls, o, g);
        }
}

/* generic_tparams: the type parameters of a generic function or method
 * (receiver type parameters first), in out (room for n); the count. */
static int generic_tparams(Object *generic, Type ***out) {
    Type *sig = generic->type;
    int n = sig->u.sig.nrtparams + sig->u.sig.ntparams;
    Type **tp = NEWARR(ty_arena(), Type *, n ? n : 1);
    for (int i = 0; i < sig->u.sig.nrtparams; i++) tp[i] = sig->u.sig.rtparams[i];
    for (int i = 0; i < sig->u.sig.ntparams; i++) tp[sig->u.sig.nrtparams + i] = sig->u.sig.tparams[i];
    *out = tp;
    return n;
}

static Sym *shaped_name(IrBuilder *b, Object *generic, Type **shapes, int n) {
    StrBuf sb = {0};
    ir_fmt_shape_name(&sb, generic, shapes, n, b->pkg);
    Sym *s = intern(sb.s, sb.len);
    sb_free(&sb);
    return s;
}

/* inst_key: the key of a shaped instantiation in IrBuilder.insts, its link
 * name (two packages' generics may print alike: crypto/hkdf.Extract and
 * crypto/internal/fips140/hkdf.Extract are both "hkdf.Extract[...]"). */
static Sym *inst_key(Object *generic, Type **shapes, int n) {
    StrBuf sb = {0};
    ir_fmt_link_name(&sb, generic, shapes, n);
    Sym *s = intern(sb.s, sb.len);
    sb_free(&sb);
    return s;
}

static AstNode *inst_ident(AstNode *e) {
    if (e->kind == N_IndexExpr || e->kind == N_IndexListExpr) e = e->u.index.x;
    if (e->kind == N_SelectorExpr) e = e->u.sel.sel;
    return e->kind == N_Ident ? e : NULL;
}

IrNode *irb_inst_ref(IrBuilder *b, AstNode *e, Object *generic) {
    Type *sig = generic->type;
    if (!sig || sig->kind != T_SIGNATURE || !sig->u.sig.ntparams || sig->u.sig.recv) return NULL;
    AstNode *id = inst_ident(e);
    Instance *in = id ? map_getp(&b->info->instances, id) : NULL;
    Type **tparams;
    int n = generic_tparams(generic, &tparams);
    if (!in || in->ntargs != n) return NULL;
    Type **targs = NEWARR(b->a, Type *, n), **shapes = NEWARR(b->a, Type *, n);
    for (int i = 0; i < n; i++) targs[i] = irb_st(b, in->targs[i]);
    ir_shapify(tparams, targs, n, shapes);
    IrFunc *fn = map_getp(&b->insts, inst_key(generic, shapes, n));
    if (!fn) return NULL;
    if (e != b->callee) { /* a value: the wrapper, or a closure passing a dictionary word */
        IrFunc *w = map_getp(&b->insts, inst_key(generic, targs, n));
        if (w) fn = w;
        else if (b->dict) {
            IrNode *dict = irb_dict_arg(b, fn, generic, targs, in->targs, n, id->pos);
            IrNode *c = dict ? irb_dict_func_value(b, fn, dict, irb_type_of(b, e), id->pos) : NULL;
            if (c) return c;
        }
    }
    IrNode *ref = irb_name_node(b, fn->nname);
    ref->pos = id->pos;
    return ref;
}

IrNode *irb_inst_dict(IrBuilder *b, AstNode *fun, IrNode *ref) {
    IrFunc *fn = ref->op == IR_NAME && ref->name ? ref->name->func : NULL;
    AstNode *id = inst_ident(fun);
    Instance *in = id && fn && fn->origin ? map_getp(&b->info->instances, id) : NULL;
    if (!in) return NULL;
    Type **targs = NEWARR(b->a, Type *, in->ntargs ? in->ntargs : 1);
    for (int i = 0; i < in->ntargs; i++) targs[i] = irb_st(b, in->targs[i]);
    return irb_dict_arg(b, fn, fn->origin, targs, in->targs, in->ntargs, ref->pos);
}

static Type *named_recv(Type *recv) {
    Type *rt = irb_unalias(recv);
    if (rt && rt->kind == T_POINTER) rt = irb_unalias(rt->u.ptr.elem);
    return rt && rt->kind == T_NAMED ? rt : NULL;
}

IrNode *irb_inst_method_dict(IrBuilder *b, IrFunc *fn, Type *recv, Pos pos) {
    Type *rt = named_recv(recv);
    if (!rt || !rt->u.named.orig) return NULL;
    return irb_dict_arg(b, fn, rt->u.named.orig->u.named.obj, rt->u.named.targs, NULL, rt->u.named.ntargs, pos);
}

IrFunc *irb_inst_method_wrapper(IrBuilder *b, Object *m, Type *recv) {
    Object *origin = m->kind == OBJ_FUNC ? m->u.func.origin : NULL;
    Type *rt = named_recv(recv);
    if (!origin || origin == m || !rt || !origin->type || origin->type->u.sig.ntparams) return NULL;
    Type **tparams;
    int n = generic_tparams(origin, &tparams);
    if (!n || rt->u.named.ntargs != n) return NULL;
    return map_getp(&b->insts, inst_key(origin, rt->u.named.targs, n));
}

IrFunc *irb_inst_method(IrBuilder *b, Object *m, Type *recv) {
    Object *origin = m->kind == OBJ_FUNC ? m->u.func.origin : NULL;
    Type *rt = irb_unalias(recv);
    if (rt && rt->kind == T_POINTER) rt = irb_unalias(rt->u.ptr.elem);
    if (!origin || origin == m || !rt || rt->kind != T_NAMED || !origin->type || origin->type->u.sig.ntparams) return NULL;
    Type **tparams;
    int n = generic_tparams(origin, &tparams);
    if (!n || rt->u.named.ntargs != n) return NULL;
    Type **shapes = NEWARR(b->a, Type *, n);
    ir_shapify(tparams, rt->u.named.targs, n, shapes);
    return map_getp(&b->insts, inst_key(origin, shapes, n));
}

/* declare_wrapper: the dictionary wrapper F[int] of a generic whose shaped
 * instantiations are built here (docs/generics.md §2.2, §7.4): Wrapper and
 * Dupok, it tail-calls the shaped function with &.dict.F[int]; references
 * to F[int] that are not calls name it. */
static IrFunc *declare_wrapper(IrBuilder *b, const IrInstFunc *inst, IrSubst *s) {
    if (!map_getp(&gen_decls, inst->generic) && !map_getp(&b->gdecls, inst->generic)) return NULL;
    int n = generic_tparams(inst->generic, &s->tparams);
    if (n != inst->ntargs) return NULL;
    s->targs = inst->targs, s->n = n, s->shaped = false;
    Sym *key = inst_key(inst->generic, inst->targs, n);
    if (map_getp(&b->insts, key)) return NULL;
    Type *sig = ir_subst(s, inst->generic->type);
    IrFunc *fn = irb_new_func(b, shaped_name(b, inst->generic, inst->targs, n), inst->generic->pos, sig, NULL);
    fn->flags |= IRFN_WRAPPER | IRFN_DUPOK;
    fn->origin = inst->generic;
    map_putp(&b->insts, key, fn);
    return fn;
}

/* build_wrapper: the body of wrapper w, return F[go.shape.int](&.dict.F[int], params...). */
static void build_wrapper(IrBuilder *b, IrFunc *w, const IrSubst *s) {
    Type **shapes = NEWARR(b->a, Type *, s->n ? s->n : 1);
    ir_shapify(s->tparams, s->targs, s->n, shapes);
    IrFunc *shaped = map_getp(&b->insts, inst_key(w->origin, shapes, s->n));
    Type *sig = w->type;
    if (!shaped || !sig || sig->kind != T_SIGNATURE) return;
    ir_vec_push(b->a, &b->ip->funcs, w);
    FnState fs = {0};
    irb_enter(b, &fs, w, sig);
    w->flags |= IRFN_HASBODY;
    IrNode *call = irb_node(b, IR_CALLFUNC, w->pos, NULL);
    call->x = irb_name_node(b, shaped->nname);
    Object *recv = sig->u.sig.recv;
    IrNode *dict = recv ? irb_inst_method_dict(b, shaped, recv->type, w->pos)
                        : irb_dict_arg(b, shaped, w->origin, s->targs, NULL, s->n, w->pos);
    irb_tail_call(b, w, call, sig, recv ? 1 : 0, dict);
    w->endpos = w->pos;
    irb_leave(b);
}

/* declare: the IrFunc of one shaped instantiation built here (NULL: not built). */
static IrFunc *declare(IrBuilder *b, const IrInstFunc *inst, IrSubst *s) {
    if (inst->wrapper) return declare_wrapper(b, inst, s);
    GenDecl *g = inst->shaped ? map_getp(&gen_decls, inst->generic) : NULL;
    AstNode *d = g ? g->decl : inst->shaped ? map_getp(&b->gdecls, inst->generic) : NULL;
    if (!d) return NULL;
    int n = generic_tparams(inst->generic, &s->tparams);
    if (n != inst->ntargs) return NULL;
    s->targs = inst->targs, s->n = n, s->shaped = true;
    Sym *name = shaped_name(b, inst->generic, inst->targs, n), *key = inst_key(inst->generic, inst->targs, n);
    if (map_getp(&b->insts, key)) return NULL;
    AstNode *id = d->u.funcdecl.name;
    IrFunc *fn = irb_new_func(b, name, id->pos, ir_subst(s, inst->generic->type), NULL);
    fn->flags |= IRFN_DUPOK;
    fn->origin = inst->generic;
    irb_dict_declare(b, fn, inst->generic);
    fn->pragmas = d->u.funcdecl.pragmas;
    map_putp(&b->insts, key, fn);
    return fn;
}

static void build(IrBuilder *b, IrFunc *fn, Object *generic, const IrSubst *s) {
    GenDecl *g = map_getp(&gen_decls, generic);
    AstNode *d = g ? g->decl : map_getp(&b->gdecls, generic);
    ir_vec_push(b->a, &b->ip->funcs, fn);
    TypesInfo *info = b->info;
    AstFile **files = b->files;
    int nfiles = b->nfiles;
    if (g) b->info = g->info, b->files = &g->file, b->nfiles = 1;
    b->subst = s;
    b->srcpkg = generic->pkg;
    FnState fs = {0};
    irb_enter(b, &fs, fn, fn->type);
    fs.body = d->u.funcdecl.body;
    /* the generic signature's objects are the ones the body uses; their
     * names get the substituted types (irb_new_name) */
    irb_declare_params(b, fn, generic->type, fs.body && irb_rangefunc_results(b, fs.body));
    irb_dict_begin(b, fn);
    irb_func_body(b, fn, fn->type, d->u.funcdecl.body);
    irb_dict_end(b);
    irb_leave(b);
    b->subst = NULL;
    b->srcpkg = NULL;
    b->info = info, b->files = files, b->nfiles = nfiles;
}

struct IrbStencil {
    const IrInstFunc *insts;
    int n;
    IrFunc **fns;
    IrSubst *subs;
};

IrbStencil *irb_stencil_declare(IrBuilder *b, const IrInstFunc *insts, int n) {
    IrbStencil *st = NEW(b->a, IrbStencil);
    st->insts = insts, st->n = n;
    st->fns = NEWARR(b->a, IrFunc *, n ? n : 1);
    st->subs = NEWARR(b->a, IrSubst, n ? n : 1);
    for (int i = 0; i < n; i++) st->fns[i] = declare(b, &insts[i], &st->subs[i]);
    return st;
}

IrFunc *irb_stencil_func(IrbStencil *st, int i) { return i >= 0 && i < st->n ? st->fns[i] : NULL; }

void irb_stencil_build(IrBuilder *b, IrbStencil *st) {
    for (int i = 0; i < st->n; i++)
        if (st->fns[i] && (st->fns[i]->flags & IRFN_WRAPPER)) build_wrapper(b, st->fns[i], &st->subs[i]);
        else if (st->fns[i]) build(b, st->fns[i], st->insts[i].generic, &st->subs[i]);
}

IrPackage *ir_build_stenciled(Package *pkg, AstFile **files, int nfiles, TypesInfo *info, int go_minor, Arena *arena) {
    if (info->kept) register_generics(files, nfiles, info);
    IrInstState *st = ir_inst_begin(pkg, files, nfiles, info);
    IrInstFunc *insts;
    int n = ir_inst_collect(st, &insts);
    IrInstRead *reads;
    int nreads = ir_inst_reads(st, &reads);
    IrPackage *ip = ir_build_insts(pkg, files, nfiles, info, go_minor, insts, n, reads, nreads, arena);
    ir_inst_end(st);
    return ip;
}

void ir_note_generics(Package *pkg, AstFile **files, int nfiles, TypesInfo *info) {
    if (info->kept) register_generics(files, nfiles, info);
    ir_inst_end(ir_inst_begin(pkg, files, nfiles, info));
}
