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
 * Not yet: dictionary wrappers and the .dict parameter, methods called
 * through instantiated types, dictionary calls. */
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
    IrFunc *fn = map_getp(&b->insts, shaped_name(b, generic, shapes, n));
    if (!fn) return NULL;
    IrNode *ref = irb_name_node(b, fn->nname);
    ref->pos = id->pos;
    return ref;
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
    return map_getp(&b->insts, shaped_name(b, origin, shapes, n));
}

/* declare: the IrFunc of one shaped instantiation built here (NULL: not built). */
static IrFunc *declare(IrBuilder *b, const IrInstFunc *inst, IrSubst *s) {
    GenDecl *g = inst->shaped ? map_getp(&gen_decls, inst->generic) : NULL;
    AstNode *d = g ? g->decl : inst->shaped ? map_getp(&b->gdecls, inst->generic) : NULL;
    if (!d) return NULL;
    int n = generic_tparams(inst->generic, &s->tparams);
    if (n != inst->ntargs) return NULL;
    s->targs = inst->targs, s->n = n, s->shaped = true;
    Sym *name = shaped_name(b, inst->generic, inst->targs, n);
    if (map_getp(&b->insts, name)) return NULL;
    AstNode *id = d->u.funcdecl.name;
    IrFunc *fn = irb_new_func(b, name, id->pos, ir_subst(s, inst->generic->type), NULL);
    fn->flags |= IRFN_DUPOK;
    fn->origin = inst->generic;
    fn->pragmas = d->u.funcdecl.pragmas;
    map_putp(&b->insts, name, fn);
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
    irb_func_body(b, fn, fn->type, d->u.funcdecl.body);
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
        if (st->fns[i]) build(b, st->fns[i], st->insts[i].generic, &st->subs[i]);
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
