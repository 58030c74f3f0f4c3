/* localtype.c: gc's names for function-scoped defined types.
 *
 * gc numbers the non-alias type declarations inside function bodies of a
 * package in source order, files in order (noder's declCollector), and
 * writes the number as a ·N suffix in link strings ("p.L·3"). A local type
 * of a generic function (or of a closure inside one) is instantiated with
 * the enclosing type parameters as implicit type arguments
 * ("L[go.shape.int]·1"). The records are kept for the life of the process:
 * importers instantiate generic bodies and name their local types. */
#include "ir/ir.h"

static Map local_types;        /* Object* (local TYPENAME) -> LocalType* */
static Map local_insts;        /* Type* (local instance) -> LocalInst* */
static Map local_inst_by_name; /* Sym* (link name) -> Type* */

typedef struct LocalType {
    int gen;          /* gc's ·N: 1-based, package-wide, source order */
    Type **implicits; /* type parameters of the enclosing generic function(s) */
    int nimplicits;
} LocalType;

typedef struct LocalInst {
    Type *local; /* the declared local type */
    Type **targs;
    int ntargs;
} LocalInst;

typedef struct LocalWalk {
    TypesInfo *info;
    int gen;
    bool infunc;           /* inside a function body: type declarations are local */
    Vec(Type *) implicits; /* type parameters of the enclosing generic functions */
} LocalWalk;

static void lw_typespec(LocalWalk *w, AstNode *n) {
    if (n->u.typespec.assign.file) return; /* aliases get no number */
    Object *obj = map_getp(&w->info->defs, n->u.typespec.name);
    if (!obj || obj->kind != OBJ_TYPENAME) return;
    LocalType *lt = NEW(ty_arena(), LocalType);
    lt->gen = ++w->gen;
    lt->nimplicits = w->implicits.n;
    if (w->implicits.n) lt->implicits = arena_dup(ty_arena(), w->implicits.a, sizeof(Type *) * (size_t)w->implicits.n);
    map_putp(&local_types, obj, lt);
}

/* The type parameters a generic function declaration brings into scope:
 * its receiver's, then its own (gc's implicits of local types). */
static int lw_push_tparams(LocalWalk *w, AstNode *fd) {
    Object *fn = map_getp(&w->info->defs, fd->u.funcdecl.name);
    if (!fn || !fn->type || fn->type->kind != T_SIGNATURE) return 0;
    Type *sig = fn->type;
    for (int i = 0; i < sig->u.sig.nrtparams; i++) vec_push(&w->implicits, sig->u.sig.rtparams[i]);
    for (int i = 0; i < sig->u.sig.ntparams; i++) vec_push(&w->implicits, sig->u.sig.tparams[i]);
    return sig->u.sig.nrtparams + sig->u.sig.ntparams;
}

/* lw_node visits n in syntax.Walk's (source) order, numbering the
 * non-alias type declarations inside function bodies as gc's
 * declCollector does (one counter for the package, files in order). */
static void lw_node(void *ctx, AstNode *n) {
    LocalWalk *w = ctx;
    bool was = w->infunc;
    int k = 0;
    switch (n->kind) {
    case N_FuncDecl: k = lw_push_tparams(w, n); break;
    case N_TypeSpec:
        if (w->infunc) lw_typespec(w, n);
        break;
    case N_BlockStmt: w->infunc = true; break;
    default: break;
    }
    ir_ast_children(n, lw_node, w);
    w->infunc = was;
    w->implicits.n -= k;
}

void ir_note_local_types(AstFile **files, int nfiles, TypesInfo *info) {
    LocalWalk w = {.info = info};
    for (int i = 0; i < nfiles; i++)
        for (int k = 0; files[i] && k < files[i]->decls.n; k++) lw_node(&w, files[i]->decls.a[k]);
    vec_free(&w.implicits);
}

int ir_local_type_gen(const Object *tname) {
    LocalType *lt = tname ? map_getp(&local_types, tname) : NULL;
    return lt ? lt->gen : 0;
}

int ir_local_type_implicits(const Object *tname, Type ***tparams) {
    LocalType *lt = tname ? map_getp(&local_types, tname) : NULL;
    if (!lt) return 0;
    if (tparams) *tparams = lt->implicits;
    return lt->nimplicits;
}

Type *ir_local_type_inst(Type *local, Type **targs, int n, Type *under) {
    Object *obj = local->u.named.obj;
    StrBuf b = {0};
    ir_fmt_link_name(&b, obj, targs, n);
    Sym *key = intern(b.s, b.len);
    sb_free(&b);
    Type *t = map_getp(&local_inst_by_name, key);
    if (t) return t;
    t = ty_new(T_NAMED);
    t->u.named.obj = obj;
    t->u.named.orig = t;
    t->u.named.underlying = under;
    LocalInst *li = NEW(ty_arena(), LocalInst);
    *li = (LocalInst){local, n ? arena_dup(ty_arena(), targs, sizeof(Type *) * (size_t)n) : NULL, n};
    map_putp(&local_insts, t, li);
    map_putp(&local_inst_by_name, key, t);
    return t;
}

int ir_local_inst_targs(Type *t, Type ***targs) {
    LocalInst *li = t ? map_getp(&local_insts, t) : NULL;
    if (!li) return 0;
    *targs = li->targs;
    return li->ntargs;
}
