/* build.c: building a package's IR from its type-checked AST (ir_build).
 *
 * The order of IrPackage.funcs is gc's typecheck.Target.Funcs: first the
 * synthetic "init" function holding the package-level variable
 * initialisers in initialisation order (gc reads it, closures included,
 * before the declarations) and the map.init.N functions outlined from it,
 * then the declared functions and methods in source order (blank and
 * generic ones left out, init functions renamed "init.N"), then the
 * closures of their bodies and the shaped instantiations of generic code
 * the package uses (stencil.c), in the order gc's reader reads those
 * bodies (funcorder.c). Generic declarations themselves are not built. */
#include <stdio.h>

#include "ir/irb.h"

const char *const ir_op_names[IR_OP_COUNT] = {
#define X(op, gcname, doc) gcname,
    IR_OPS(X)
#undef X
};

static bool is_generic_sig(Type *sig) {
    return sig && sig->kind == T_SIGNATURE && (sig->u.sig.ntparams > 0 || sig->u.sig.nrtparams > 0);
}

/* ---- the package initialisation function --------------------------------------- */

static bool mismatched(IrNode *as, IrNode *call) {
    Type *t = call->type;
    if (!t || t->kind != T_TUPLE) return false;
    for (int i = 0; i < as->list.n && i < t->u.tuple.n; i++) {
        IrNode *l = as->list.a[i];
        if (!ir_is_blank(l) && l->type && !ty_identical(l->type, t->u.tuple.vars[i]->type)) return true;
    }
    return false;
}

/* rewrite_multi_value: typecheck's RewriteMultiValueCall for `var a, b I =
 * f()` whose results need conversions: temporaries take the results, the
 * variables take the converted temporaries. */
static IrNode *rewrite_multi_value(IrBuilder *b, Pos pos, IrNode *as, IrNode *call) {
    IrNode *tas = irb_node(b, IR_AS2FUNC, pos, NULL);
    irb_push(b, &tas->rlist, call);
    IrNode *n = irb_node(b, IR_AS2, pos, NULL);
    n->list = as->list;
    for (int i = 0; i < call->type->u.tuple.n; i++) {
        IrName *tmp = irb_temp(b, pos, call->type->u.tuple.vars[i]->type);
        irb_push(b, &tas->init, irb_dcl(b, pos, tmp));
        irb_push(b, &tas->list, irb_name_node(b, tmp));
        IrNode *v = irb_name_node(b, tmp);
        IrNode *l = i < n->list.n ? n->list.a[i] : NULL;
        if (l && !ir_is_blank(l) && l->type && !ty_identical(l->type, tmp->type)) v = irb_conv(b, pos, l->type, v, true);
        irb_push(b, &n->rlist, v);
        if (l && l->name) l->name->defn = n;
    }
    irb_push(b, &n->init, tas);
    return n;
}

static IrNode *init_assign(IrBuilder *b, Initializer *in) {
    IrNode *rhs = irb_expr(b, in->rhs);
    Pos pos = in->lhs[0]->pos;
    if (in->nlhs == 1) {
        Object *v = in->lhs[0];
        IrNode *lhs = irb_name_node(b, irb_global(b, v));
        if (v->type && rhs->type && !ty_identical(rhs->type, v->type) && rhs->op != IR_NIL)
            rhs = irb_conv(b, pos, v->type, rhs, true);
        if (rhs->op == IR_NIL && v->type) rhs->type = v->type;
        IrNode *as = irb_as(b, pos, lhs, rhs);
        lhs->name->defn = as;
        return as;
    }
    IrOp op = IR_AS2FUNC;
    switch (rhs->op) {
    case IR_INDEXMAP: op = IR_AS2MAPR; break;
    case IR_RECV: op = IR_AS2RECV; break;
    case IR_DOTTYPE: op = IR_AS2DOTTYPE, rhs->op = IR_DOTTYPE2; break;
    default: break;
    }
    if (op != IR_AS2FUNC && rhs->type && rhs->type->kind == T_TUPLE) rhs->type = rhs->type->u.tuple.vars[0]->type;
    IrNode *as = irb_node(b, op, pos, NULL);
    for (int i = 0; i < in->nlhs; i++) {
        IrNode *lhs = irb_name_node(b, irb_global(b, in->lhs[i]));
        lhs->name->defn = as;
        irb_push(b, &as->list, lhs);
    }
    irb_push(b, &as->rlist, rhs);
    if (op == IR_AS2FUNC && mismatched(as, rhs)) return rewrite_multi_value(b, pos, as, rhs);
    return as;
}

/* declare_init: the init function, first of the package's functions. */
static IrFunc *declare_init(IrBuilder *b) {
    if (!b->info->init_order.n) return NULL;
    IrFunc *fn = irb_new_func(b, intern_cstr("init"), (Pos){0}, NULL, NULL);
    fn->flags |= IRFN_HASBODY;
    b->ip->init = fn;
    ir_vec_push(b->a, &b->ip->funcs, fn);
    return fn;
}

/* after_init moves the functions from index from on (init's closures and
 * outlined map initialisers) to right after init, where gc has them. */
static void after_init(IrPackage *ip, int from) {
    int at = 0;
    while (ip->funcs.a[at] != ip->init) at++;
    for (int i = from; i < ip->funcs.n; i++) {
        IrFunc *f = ip->funcs.a[i];
        memmove(&ip->funcs.a[at + 2], &ip->funcs.a[at + 1], sizeof(IrFunc *) * (size_t)(i - at - 1));
        ip->funcs.a[++at] = f;
    }
}

/* build_init: init's body, once the shaped instantiations are declared
 * (closures in initialisers call them). */
static void build_init(IrBuilder *b, IrFunc *fn) {
    if (!fn) return;
    TypesInfo *info = b->info;
    int from = b->ip->funcs.n;
    FnState fs = {0};
    irb_enter(b, &fs, fn, NULL);
    for (int i = 0; i < info->init_order.n; i++) {
        Initializer *in = &info->init_order.a[i];
        if (in->nlhs > 0 && in->rhs) irb_push(b, &fn->body, init_assign(b, in));
    }
    irb_leave(b);
    irb_outline_map_inits(b, fn);
    irb_static_init(b, fn);
    after_init(b->ip, from);
}

/* ---- declared functions ------------------------------------------------------------ */

typedef struct Todo {
    IrFunc *fn;
    AstNode *decl;
} Todo;

static void skip_generic(IrBuilder *b, AstNode *d) {
    IrSkipped sk = {d->pos, d->u.funcdecl.body ? d->u.funcdecl.body->u.block.rbrace : d->pos};
    ir_vec_push(b->a, &b->ip->generic, sk);
}

static IrFunc *declare_func(IrBuilder *b, AstNode *d, int *ninit) {
    AstNode *name = d->u.funcdecl.name;
    if (name->u.ident.name->len == 1 && name->u.ident.name->s[0] == '_') return NULL;
    Object *obj = map_getp(&b->info->defs, name);
    if (!obj || obj->kind != OBJ_FUNC || !obj->type) return NULL;
    if (is_generic_sig(obj->type)) {
        map_putp(&b->gdecls, obj, d);
        skip_generic(b, d);
        return NULL;
    }
    Type *sig = obj->type;
    Sym *sym = obj->name;
    if (sig->u.sig.recv) {
        Type *rt = irb_unalias(sig->u.sig.recv->type);
        if (rt->kind == T_POINTER) rt = irb_unalias(rt->u.ptr.elem);
        if (rt->kind != T_NAMED) return NULL;
        if (rt->u.named.ntparams > 0) {
            map_putp(&b->gdecls, obj, d);
            skip_generic(b, d);
            return NULL;
        }
        sym = irb_method_sym(b, obj);
    } else if (!strcmp(sym->s, "init")) {
        char buf[32];
        snprintf(buf, sizeof buf, "init.%d", (*ninit)++);
        sym = intern_cstr(buf);
    }
    /* gc's position of a declared function: the token after "func" */
    AstNode *recv = d->u.funcdecl.recv;
    Pos pos = recv && recv->u.fields.opening.file ? recv->u.fields.opening : name->pos;
    IrFunc *fn = irb_new_func(b, sym, pos, sig, obj);
    fn->pragmas = d->u.funcdecl.pragmas;
    ir_vec_push(b->a, &b->ip->funcs, fn);
    return fn;
}

static void build_body(IrBuilder *b, IrFunc *fn, AstNode *d) {
    FnState fs = {0};
    irb_enter(b, &fs, fn, fn->type);
    fs.body = d->u.funcdecl.body;
    irb_declare_params(b, fn, fn->type, fs.body && irb_rangefunc_results(b, fs.body));
    irb_func_body(b, fn, fn->type, d->u.funcdecl.body);
    irb_leave(b);
}

IrPackage *ir_build(Package *pkg, AstFile **files, int nfiles, TypesInfo *info, int go_minor, Arena *arena) {
    return ir_build_insts(pkg, files, nfiles, info, go_minor, NULL, 0, NULL, 0, arena);
}

IrPackage *ir_build_insts(Package *pkg, AstFile **files, int nfiles, TypesInfo *info, int go_minor,
                          const IrInstFunc *insts, int ninsts, const IrInstRead *reads, int nreads,
                          Arena *arena) {
    IrPackage *ip = NEW(arena, IrPackage); /* zeroed */
    ip->pkg = pkg;
    ip->go_minor = go_minor;
    ip->arena = arena;
    IrBuilder b = {0};
    b.ip = ip;
    b.a = arena;
    b.info = info;
    b.pkg = pkg;
    b.files = files;
    b.nfiles = nfiles;
    ip->blank = irb_new_name(&b, intern_cstr("_"), PXXX, (Pos){0}, NULL, NULL);
    ir_note_local_types(files, nfiles, info); /* gc's ·N numbers of function-local types */
    IrFunc *init = declare_init(&b);
    Vec(Todo) todo = {0};
    int ninit = 0;
    for (int f = 0; f < nfiles; f++) {
        if (!files[f]) continue;
        for (int i = 0; i < files[f]->decls.n; i++) {
            AstNode *d = files[f]->decls.a[i];
            if (d->kind != N_FuncDecl) continue;
            IrFunc *fn = declare_func(&b, d, &ninit);
            if (fn) vec_push(&todo, ((Todo){fn, d}));
        }
    }
    IrbStencil *st = irb_stencil_declare(&b, insts, ninsts);
    build_init(&b, init);
    for (int i = 0; i < todo.n; i++) build_body(&b, todo.a[i].fn, todo.a[i].decl);
    vec_free(&todo);
    irb_stencil_build(&b, st);
    if (reads) irb_order_funcs(&b, st, reads, nreads);
    irb_devirtualize(&b);
    for (int i = 0; i < ip->funcs.n; i++)
        if (irb_fn_may_have(&b, ip->funcs.a[i], IRFN_HASLOOP)) irb_loopvar(&b, ip->funcs.a[i]);
    for (int i = 0; i < ip->funcs.n; i++) irb_deadlocals(&b, ip->funcs.a[i]);
    irb_mark_reassigned(ip);
    ip->nnames = b.nextid;
    map_clear(&b.names);
    map_clear(&b.funcs);
    map_clear(&b.gdecls);
    map_clear(&b.insts);
    map_clear(&b.dicts);
    map_clear(&b.dict_globals);
    return ip;
}
