/* instantiate.c: which instantiated functions gc compiles in a package,
 * and in which order it appends them to typecheck.Target.Funcs.
 *
 * A prototype of what the IR builder will need for stenciling (see
 * docs/generics.md §3): gc's unified-IR reader creates an instantiated
 * object the first time it reads a reference to it, pushes the body of
 * every function it creates on a stack (todoBodies) and, once the
 * package's declarations are read, pops bodies last-in first-out, reading
 * each (which creates more) and appending instantiations to Target.Funcs
 * as they are popped; pending "shaped object" creations (todoDicts) are
 * flushed before each pop. This file replays that on summaries of the
 * function bodies: per body, in source order, the generic functions it
 * instantiates (with their type arguments, possibly in terms of the
 * enclosing type parameters) and the types it mentions (reading a type
 * reads every instantiated type reachable from it, and an instantiated
 * type brings all its methods). Summaries of generic bodies are kept for
 * the life of the process: importers instantiate them after the defining
 * package's syntax trees are gone.
 *
 * Approximations (gc's writer decides exactly): the order of references
 * within a body is source order, with an expression's type after its
 * operands; a dictionary (the runtime type information of a non-shaped
 * instantiation: sub-dictionaries, then runtime types) is taken to hold
 * every derived type of the body as a runtime type. */
#include <string.h>

#include "ir/ir.h"

/* ---- body summaries ----------------------------------------------------------------- */

typedef enum EvKind {
    EV_TYPE, /* a type is read */
    EV_OBJ,  /* a package-level non-generic function of the package is referenced */
    EV_FUNC, /* a generic function or generic method is instantiated */
    EV_METHOD, /* a method of an instantiated generic type is used: obj the generic type */
} EvKind;

typedef struct Event {
    EvKind kind;
    Object *obj;  /* EV_OBJ; EV_FUNC: the generic origin; EV_METHOD: the generic type's name */
    Type *type;   /* EV_TYPE */
    Type **targs; /* EV_FUNC: receiver type arguments, then the function's; EV_METHOD: the type's */
    int ntargs;
} Event;

typedef struct Body {
    Event *ev;
    int n;
    Type **params; /* generic bodies: receiver, parameter and result types (dictionary locals) */
    int nparams;
    Type **tparams; /* generic bodies: receiver type parameters, then own */
    int ntparams;
} Body;

static Map gen_bodies; /* generic function or method Object* -> Body* (kept) */
static Arena *keep;    /* where kept summaries live */

typedef struct Summ {
    TypesInfo *info;
    Package *pkg;
    Vec(Event) ev;
    Map seen; /* Type* already recorded */
} Summ;

static bool is_generic_sig(Type *t) {
    t = ty_unalias(t);
    return t && t->kind == T_SIGNATURE && (t->u.sig.ntparams || t->u.sig.nrtparams);
}

static void add_type(Summ *s, Type *t) {
    t = ty_unalias(t);
    if (!t || t->kind == T_BASIC || is_generic_sig(t) || map_getp(&s->seen, t)) return;
    map_putp(&s->seen, t, t);
    vec_push(&s->ev, ((Event){.kind = EV_TYPE, .type = t}));
}

static bool package_level(const Object *o) { return o->pkg && o->parent && o->parent == o->pkg->scope; }

static void add_obj(Summ *s, Object *o) {
    if (!package_level(o)) return;
    if (o->kind == OBJ_FUNC && o->pkg == s->pkg && !is_generic_sig(o->type)) {
        vec_push(&s->ev, ((Event){.kind = EV_OBJ, .obj = o}));
        return;
    }
    if (o->kind == OBJ_FUNC || o->kind == OBJ_VAR || o->kind == OBJ_CONST) add_type(s, o->type);
}

static Type *recv_named(Type *recv) {
    Type *t = ty_unalias(recv);
    if (t && t->kind == T_POINTER) t = ty_unalias(t->u.ptr.elem);
    return t && t->kind == T_NAMED ? t : NULL;
}

static void add_func(Summ *s, Object *use, Instance *inst) {
    Object *origin = use->u.func.origin ? use->u.func.origin : use;
    Object *recv = use->type && use->type->kind == T_SIGNATURE ? use->type->u.sig.recv : NULL;
    Type *rn = recv ? recv_named(recv->type) : NULL;
    int nr = rn ? rn->u.named.ntargs : 0;
    Type **targs = NEWARR(keep, Type *, nr + inst->ntargs + 1);
    for (int i = 0; i < nr; i++) targs[i] = rn->u.named.targs[i];
    for (int i = 0; i < inst->ntargs; i++) targs[nr + i] = inst->targs[i];
    vec_push(&s->ev, ((Event){.kind = EV_FUNC, .obj = origin, .targs = targs, .ntargs = nr + inst->ntargs}));
}

/* add_method: a method of an instance of a generic type (its dictionary
 * is a sub-dictionary of a generic body's when the arguments are derived). */
static void add_method(Summ *s, Object *use) {
    Object *recv = use->type && use->type->kind == T_SIGNATURE ? use->type->u.sig.recv : NULL;
    Type *rn = recv ? recv_named(recv->type) : NULL;
    if (!rn || !rn->u.named.ntargs || rn->u.named.orig == rn) return;
    Object *tname = rn->u.named.orig->u.named.obj;
    vec_push(&s->ev, ((Event){.kind = EV_METHOD, .obj = tname, .targs = rn->u.named.targs, .ntargs = rn->u.named.ntargs}));
}

static void summ_ident(Summ *s, AstNode *n) {
    Instance *inst = map_getp(&s->info->instances, n);
    Object *use = map_getp(&s->info->uses, n);
    Object *def = map_getp(&s->info->defs, n);
    if (use && use->kind == OBJ_FUNC && !inst && !package_level(use)) add_method(s, use);
    if (inst && use && use->kind == OBJ_FUNC) add_func(s, use, inst);
    else if (inst) add_type(s, inst->type);
    else if (use) add_obj(s, use);
    if (def && def->kind == OBJ_VAR) add_type(s, def->type);
}

static void summ_node(void *ctx, AstNode *n);

static void summ_live(Summ *s, AstList l) {
    AstNode **live = xmalloc(sizeof(AstNode *) * (size_t)(l.n + 1));
    int n = ir_live_stmts(s->info, l, live);
    for (int i = 0; i < n; i++) summ_node(s, live[i]);
    free(live);
}

static void summ_opt(Summ *s, AstNode *n) {
    if (n) summ_node(s, n);
}

/* Statements whose parts gc may drop as dead (deadcode.c). */
static bool summ_stmt(Summ *s, AstNode *n) {
    switch (n->kind) {
    case N_BlockStmt: summ_live(s, n->u.block.list); return true;
    case N_CaseClause:
        for (int i = 0; i < n->u.caseclause.list.n; i++) summ_node(s, n->u.caseclause.list.a[i]);
        summ_live(s, n->u.caseclause.body);
        return true;
    case N_CommClause: summ_opt(s, n->u.commclause.comm), summ_live(s, n->u.commclause.body); return true;
    case N_IfStmt: {
        AstNode *cond = n->u.ifstmt.cond;
        int c = ir_static_bool(s->info, &cond);
        summ_opt(s, n->u.ifstmt.init), summ_opt(s, cond);
        if (c >= 0) summ_opt(s, n->u.ifstmt.body);
        if (c <= 0) summ_opt(s, n->u.ifstmt.els);
        return true;
    }
    case N_ForStmt: {
        AstNode *cond = n->u.forstmt.cond;
        bool never = cond && ir_static_bool(s->info, &cond) < 0;
        summ_opt(s, n->u.forstmt.init), summ_opt(s, cond);
        if (!never) summ_opt(s, n->u.forstmt.post), summ_opt(s, n->u.forstmt.body);
        return true;
    }
    default: return false;
    }
}

static void summ_node(void *ctx, AstNode *n) {
    Summ *s = ctx;
    if (n->kind == N_Ident) summ_ident(s, n);
    if (summ_stmt(s, n)) return;
    ir_ast_children(n, summ_node, s);
    if (n->kind == N_Ident) return; /* a variable's type is read with its declaration */
    TypeAndValue *tv = map_getp(&s->info->types, n);
    if (tv && tv->mode != OM_TYPEXPR) add_type(s, tv->type);
}

static Body *summarize(Summ *s, AstNode *node, Arena *a) {
    s->ev.n = 0;
    map_clear(&s->seen);
    if (node) summ_node(s, node);
    Body *b = NEW(a, Body);
    b->n = s->ev.n;
    b->ev = s->ev.n ? arena_dup(a, s->ev.a, sizeof(Event) * (size_t)s->ev.n) : NULL;
    return b;
}


static void add_param_type(Body *b, Object *v, bool named_only) {
    if (v && (!named_only || (v->name && v->name->len && strcmp(v->name->s, "_")))) b->params[b->nparams++] = v->type;
}

/* The locals gc's writer declares for a body's signature: the receiver
 * and parameters with names, every result. */
static void set_params(Body *b, Type *sig, Arena *a) {
    Type *ps = sig->u.sig.params, *rs = sig->u.sig.results;
    int n = 1 + (ps ? ps->u.tuple.n : 0) + (rs ? rs->u.tuple.n : 0);
    b->params = NEWARR(a, Type *, n);
    add_param_type(b, sig->u.sig.recv, true);
    for (int i = 0; ps && i < ps->u.tuple.n; i++) add_param_type(b, ps->u.tuple.vars[i], true);
    for (int i = 0; rs && i < rs->u.tuple.n; i++) add_param_type(b, rs->u.tuple.vars[i], false);
}

static void set_tparams(Body *b, Type *sig, Arena *a) {
    set_params(b, sig, a);
    int n = sig->u.sig.nrtparams + sig->u.sig.ntparams;
    b->tparams = NEWARR(a, Type *, n + 1);
    for (int i = 0; i < sig->u.sig.nrtparams; i++) b->tparams[i] = sig->u.sig.rtparams[i];
    for (int i = 0; i < sig->u.sig.ntparams; i++) b->tparams[sig->u.sig.nrtparams + i] = sig->u.sig.tparams[i];
    b->ntparams = n;
}

/* ---- the package being compiled -------------------------------------------------------- */

typedef struct Item {
    Object *fn;   /* a function of the package, or a generic origin */
    Type **targs; /* NULL for a function of the package */
    int ntargs;
    bool shaped;
    Object *tname; /* method of an instantiated type: the generic type's name */
    int depth;     /* instantiations read to reach it */
} Item;

/* Programs the type checker should have rejected (an instantiation cycle
 * such as f[T] calling f[[]T]) would instantiate forever: deeper chains of
 * instantiations or dictionaries than this are dropped. */
enum { MAX_INST_DEPTH = 100 };

struct IrInstState {
    Package *pkg;
    TypesInfo *info;
    AstFile **files;
    int nfiles;
    Arena *arena;
    Map local_bodies; /* Object* -> Body* of the package's non-generic functions */
    Map created;      /* Sym* (link name) -> 1: instantiated functions and types */
    Map dicts;        /* Sym* (link name) -> 1: dictionaries read */
    Map types_read;   /* Type* -> 1 */
    Map objs_read;    /* Object* -> 1 */
    Vec(Item) todo;   /* gc's todoBodies */
    Vec(Type *) pending; /* gc's todoDicts: instantiated types whose shaped twin is due */
    Vec(IrInstFunc) out;
    Vec(IrInstRead) reads; /* bodies in the order read_bodies pops them */
    Vec(Type *) itypes; /* instantiated types, in creation order */
    int depth;          /* of the body being read */
    int dict_depth;     /* dictionaries being read */
};

static void read_type(IrInstState *st, Type *t);

static bool mark(Map *m, const void *key) {
    if (map_getp(m, key)) return false;
    map_putp(m, key, (void *)1);
    return true;
}

static Sym *link_name(Object *generic, Type **targs, int n, const char *suffix) {
    StrBuf b = {0};
    ir_fmt_link_name(&b, generic, targs, n);
    sb_puts(&b, suffix);
    Sym *s = intern(b.s, b.len);
    sb_free(&b);
    return s;
}

static bool derived(IrSubst *s, Type *t) { return s->n && ty_is_parameterized(s->tparams, s->n, t); }

/* ---- creating instantiated objects ------------------------------------------------------- */

static void push(IrInstState *st, Item it) {
    it.depth = it.targs ? st->depth + 1 : 0;
    if (it.depth <= MAX_INST_DEPTH) vec_push(&st->todo, it);
}

static void run_body(IrInstState *st, Body *b, IrSubst *s);

/* dict reads the dictionary of a non-shaped instantiation, as gc's
 * dictNameOf lays it out: first the sub-dictionaries (of the generic
 * functions called and the generic types whose methods are used with
 * derived type arguments), each read at once, then the runtime types: the
 * derived types of the signature's locals and of the body. A generic
 * type's dictionary serves all its methods. No function is created. */
static void dict_pass(IrInstState *st, Body *b, Type **targs, int n, bool rtypes);

static void dict(IrInstState *st, Object *generic, Type **targs, int n) {
    if (st->dict_depth >= MAX_INST_DEPTH || !mark(&st->dicts, link_name(generic, targs, n, ".dict"))) return;
    Body *one = NULL, **bodies = &one;
    int nb = 0;
    if (generic->kind == OBJ_TYPENAME) {
        Type *orig = generic->type;
        bodies = NEWARR(st->arena, Body *, orig->u.named.nmethods + 1);
        for (int i = 0; i < orig->u.named.nmethods; i++) {
            Body *b = map_getp(&gen_bodies, orig->u.named.methods[i]);
            if (b && b->ntparams == n) bodies[nb++] = b;
        }
    } else if ((one = map_getp(&gen_bodies, generic)) && one->ntparams == n) {
        nb = 1;
    }
    st->dict_depth++;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < nb; i++) dict_pass(st, bodies[i], targs, n, pass == 1);
    st->dict_depth--;
}

static void seen_type(void *ctx, Type *t) { read_type(ctx, t); }

static Type *inst_sig(IrInstState *st, Object *generic, Type **targs, int n, bool shaped) {
    Body *b = map_getp(&gen_bodies, generic);
    if (!b || b->ntparams != n) return NULL;
    IrSubst s = {.tparams = b->tparams, .targs = targs, .n = n, .shaped = shaped, .seen = seen_type, .ctx = st};
    return ir_subst(&s, generic->type);
}

static void create_func(IrInstState *st, Object *generic, Type **targs, int n, bool shaped) {
    if (!mark(&st->created, link_name(generic, targs, n, ""))) return;
    Type *sig = inst_sig(st, generic, targs, n, shaped);
    if (sig && sig->u.sig.recv) read_type(st, sig->u.sig.recv->type); /* a generic method's */
    if (sig) read_type(st, sig);
    Type **keep_targs = arena_dup(st->arena, targs, sizeof(Type *) * (size_t)(n ? n : 1));
    push(st, (Item){.fn = generic, .targs = keep_targs, .ntargs = n, .shaped = shaped});
}

static void shaped_func(IrInstState *st, Object *generic, Type **targs, int n) {
    Body *b = map_getp(&gen_bodies, generic);
    Type **shapes = NEWARR(st->arena, Type *, n + 1);
    ir_shapify(b && b->ntparams == n ? b->tparams : NULL, targs, n, shapes);
    create_func(st, generic, shapes, n, true);
}

static bool is_generic_method(Object *fn) {
    return fn->type && fn->type->kind == T_SIGNATURE && fn->type->u.sig.recv && fn->type->u.sig.ntparams > 0;
}

/* func_inst: a reference to generic[targs]. With real arguments gc makes
 * the dictionary wrapper, the shaped function and the dictionary (generic
 * methods: no wrapper); with arguments holding shapes (a call with
 * derived arguments in a shaped body), only the shaped function. */
static void func_inst(IrInstState *st, Object *generic, Type **targs, int n) {
    bool shape = false;
    for (int i = 0; i < n; i++) shape |= ir_has_shape(targs[i]);
    if (!shape && !is_generic_method(generic)) create_func(st, generic, targs, n, false);
    shaped_func(st, generic, targs, n);
    if (!shape) dict(st, generic, targs, n);
}

/* An instantiated type: its type arguments and underlying type are read,
 * then every method (not generic methods) is created: shaped ones for a
 * shaped type; for a real one the wrappers, and the shaped twin is due. */
static Type *method_sig(IrInstState *st, Type *t, int i, bool shaped) {
    if (!shaped) return ty_named_method(t, i)->type;
    Object *m = t->u.named.orig->u.named.methods[i];
    Type *sig = m->type;
    if (sig->u.sig.nrtparams != t->u.named.ntargs) return ty_named_method(t, i)->type;
    IrSubst s = {.tparams = sig->u.sig.rtparams, .targs = t->u.named.targs, .n = t->u.named.ntargs, .shaped = true, .seen = seen_type, .ctx = st};
    return ir_subst(&s, sig);
}

static void read_instance(IrInstState *st, Type *t) {
    int n = t->u.named.ntargs;
    for (int i = 0; i < n; i++) read_type(st, t->u.named.targs[i]);
    Object *tname = t->u.named.orig->u.named.obj;
    if (!mark(&st->created, link_name(tname, t->u.named.targs, n, ""))) return;
    vec_push(&st->itypes, t);
    bool shaped = false;
    for (int i = 0; i < n; i++) shaped |= ir_has_shape(t->u.named.targs[i]);
    Type *u = ir_underlying_seen(t, seen_type, st);
    if (shaped) ir_shape_defining(t, true);
    read_type(st, u);
    if (shaped) ir_shape_defining(t, false);
    Type *orig = t->u.named.orig;
    for (int i = 0; i < orig->u.named.nmethods; i++) {
        Object *m = orig->u.named.methods[i];
        if (!m->type || m->type->kind != T_SIGNATURE || m->type->u.sig.ntparams) continue;
        read_type(st, method_sig(st, t, i, shaped));
        push(st, (Item){.fn = m, .targs = t->u.named.targs, .ntargs = n, .shaped = shaped, .tname = tname});
    }
    if (!shaped) vec_push(&st->pending, t);
}

static void read_named(IrInstState *st, Type *t) {
    if (ir_is_shape(t)) return;
    if (t->u.named.ntargs && t->u.named.orig != t) {
        read_instance(st, t);
        return;
    }
    read_type(st, ty_underlying(t));
    for (int i = 0; i < t->u.named.nmethods; i++) {
        Object *m = t->u.named.methods[i];
        if (m->type) read_type(st, m->type);
        if (m->pkg == st->pkg && map_getp(&st->local_bodies, m) && mark(&st->objs_read, m))
            push(st, (Item){.fn = m});
    }
}

static void read_tuple(IrInstState *st, Type *t) {
    for (int i = 0; t && i < t->u.tuple.n; i++) read_type(st, t->u.tuple.vars[i]->type);
}

static void read_type(IrInstState *st, Type *t) {
    t = ty_unalias(t);
    if (!t || t->kind == T_BASIC || t->kind == T_TYPEPARAM || !mark(&st->types_read, t)) return;
    switch (t->kind) {
    case T_POINTER:
    case T_SLICE: read_type(st, t->u.ptr.elem); break;
    case T_ARRAY: read_type(st, t->u.array.elem); break;
    case T_CHAN: read_type(st, t->u.chan.elem); break;
    case T_MAP: read_type(st, t->u.map.key), read_type(st, t->u.map.elem); break;
    case T_STRUCT:
        for (int i = 0; i < t->u.strct.nfields; i++) read_type(st, t->u.strct.fields[i]->type);
        break;
    case T_TUPLE: read_tuple(st, t); break;
    case T_SIGNATURE:
        if (is_generic_sig(t)) break;
        read_tuple(st, t->u.sig.params), read_tuple(st, t->u.sig.results);
        break;
    case T_INTERFACE: {
        TypeSet *ts = ts_of(t);
        for (int i = 0; i < ts->nmethods; i++) read_type(st, ts->methods[i]->type);
        break;
    }
    case T_NAMED: read_named(st, t); break;
    default: break;
    }
}

static void read_obj(IrInstState *st, Object *o) {
    if (!mark(&st->objs_read, o)) return;
    read_type(st, o->type);
    if (o->kind == OBJ_FUNC && map_getp(&st->local_bodies, o)) push(st, (Item){.fn = o});
}

/* ---- reading bodies ---------------------------------------------------------------------- */

static bool derived_targs(IrSubst *s, Event *e) {
    for (int i = 0; i < e->ntargs; i++)
        if (derived(s, e->targs[i])) return true;
    return false;
}

static Type **subst_targs(IrInstState *st, IrSubst *s, Event *e) {
    Type **targs = NEWARR(st->arena, Type *, e->ntargs + 1);
    for (int i = 0; i < e->ntargs; i++) targs[i] = ir_subst(s, e->targs[i]);
    return targs;
}

static void dict_pass(IrInstState *st, Body *b, Type **targs, int n, bool rtypes) {
    IrSubst s = {.tparams = b->tparams, .targs = targs, .n = n, .shaped = false};
    if (rtypes)
        for (int i = 0; i < b->nparams; i++)
            if (derived(&s, b->params[i])) read_type(st, ir_subst(&s, b->params[i]));
    for (int i = 0; i < b->n; i++) {
        Event *e = &b->ev[i];
        if (rtypes && e->kind == EV_TYPE && derived(&s, e->type)) read_type(st, ir_subst(&s, e->type));
        if (!rtypes && (e->kind == EV_FUNC || e->kind == EV_METHOD) && derived_targs(&s, e))
            dict(st, e->obj, subst_targs(st, &s, e), e->ntargs);
    }
}

static void run_func(IrInstState *st, Event *e, IrSubst *s) {
    func_inst(st, e->obj, subst_targs(st, s, e), e->ntargs);
}

/* run_body replays a body's references: with s, a generic body's. */
static void run_body(IrInstState *st, Body *b, IrSubst *s) {
    for (int i = 0; i < b->n; i++) {
        Event *e = &b->ev[i];
        switch (e->kind) {
        case EV_TYPE: read_type(st, ir_subst(s, e->type)); break;
        case EV_OBJ: read_obj(st, e->obj); break;
        case EV_FUNC: run_func(st, e, s); break;
        case EV_METHOD: break;
        }
    }
}

static void add_read(IrInstState *st, Object *local, int inst) {
    vec_push(&st->reads, ((IrInstRead){local, inst}));
}

static void add_out(IrInstState *st, Item *it, bool wrapper) {
    add_read(st, NULL, st->out.n);
    StrBuf b = {0};
    ir_fmt_shape_name(&b, it->fn, it->targs, it->ntargs, st->pkg);
    StrBuf l = {0};
    ir_fmt_link_name(&l, it->fn, it->targs, it->ntargs);
    IrInstFunc f = {it->fn, it->targs, it->ntargs, it->shaped, wrapper, intern(b.s, b.len), intern(l.s, l.len)};
    vec_push(&st->out, f);
    sb_free(&b);
    sb_free(&l);
}

static void pop_body(IrInstState *st, Item it) {
    st->depth = it.depth;
    if (!it.targs) { /* a function of the package */
        Body *b = map_getp(&st->local_bodies, it.fn);
        IrSubst none = {.tparams = 0};
        add_read(st, it.fn, -1);
        if (b) run_body(st, b, &none);
        return;
    }
    add_out(st, &it, !it.shaped);
    if (it.shaped) {
        Body *b = map_getp(&gen_bodies, it.fn);
        if (!b || b->ntparams != it.ntargs) return;
        IrSubst s = {.tparams = b->tparams, .targs = it.targs, .n = it.ntargs, .shaped = true, .seen = seen_type, .ctx = st};
        run_body(st, b, &s);
        return;
    }
    if (it.tname) dict(st, it.tname, it.targs, it.ntargs);
    else dict(st, it.fn, it.targs, it.ntargs);
}

static void read_bodies(IrInstState *st) {
    for (;;) {
        if (st->pending.n) {
            Type *t = st->pending.a[--st->pending.n];
            Type *orig = t->u.named.orig;
            int n = t->u.named.ntargs;
            Type **shapes = NEWARR(st->arena, Type *, n + 1);
            ir_shapify(orig->u.named.tparams, t->u.named.targs, n, shapes);
            Type *sh = ty_instantiate(orig, shapes, n, NULL);
            if (sh) read_type(st, sh);
            continue;
        }
        if (!st->todo.n) break;
        pop_body(st, st->todo.a[--st->todo.n]);
    }
}

/* ---- the package's declarations ---------------------------------------------------------- */

static Object *decl_obj(IrInstState *st, AstNode *name) { return map_getp(&st->info->defs, name); }

static bool generic_func_decl(Object *fn) { return fn && fn->type && is_generic_sig(fn->type); }

/* note_package: summaries of every function body of the package (generic
 * ones are kept for importers), local type numbers. */
static void note_package(IrInstState *st) {
    if (!keep) keep = arena_new();
    ir_note_local_types(st->files, st->nfiles, st->info);
    Summ s = {.info = st->info, .pkg = st->pkg};
    for (int i = 0; i < st->nfiles; i++) {
        AstFile *f = st->files[i];
        for (int k = 0; f && k < f->decls.n; k++) {
            AstNode *d = f->decls.a[k];
            if (d->kind != N_FuncDecl) continue;
            Object *fn = decl_obj(st, d->u.funcdecl.name);
            if (!fn || !fn->type || fn->type->kind != T_SIGNATURE) continue;
            if (generic_func_decl(fn)) {
                Body *b = summarize(&s, d->u.funcdecl.body, keep);
                set_tparams(b, fn->type, keep);
                map_putp(&gen_bodies, fn, b);
            } else {
                map_putp(&st->local_bodies, fn, summarize(&s, d->u.funcdecl.body, st->arena));
            }
        }
    }
    vec_free(&s.ev);
    map_clear(&s.seen);
}

static void read_init_order(IrInstState *st) {
    Summ s = {.info = st->info, .pkg = st->pkg};
    for (int i = 0; i < st->info->init_order.n; i++) {
        Initializer *in = &st->info->init_order.a[i];
        for (int k = 0; k < in->nlhs; k++) read_obj(st, in->lhs[k]);
        Body *b = summarize(&s, in->rhs, st->arena);
        IrSubst none = {.tparams = 0};
        run_body(st, b, &none);
    }
    vec_free(&s.ev);
    map_clear(&s.seen);
}

static bool constraint_only(Type *t) {
    Type *u = t ? ty_underlying(t) : NULL;
    return u && u->kind == T_INTERFACE && !ts_is_method_set(ts_of(u));
}

static void read_decl(IrInstState *st, AstNode *d) {
    if (d->kind == N_FuncDecl) {
        Object *fn = decl_obj(st, d->u.funcdecl.name);
        if (!fn || !fn->type || fn->type->kind != T_SIGNATURE || generic_func_decl(fn) || !strcmp(fn->name->s, "_"))
            return;
        Object *recv = fn->type->u.sig.recv;
        if (recv) read_type(st, recv_named(recv->type));
        else read_obj(st, fn);
        return;
    }
    if (d->kind != N_GenDecl) return;
    for (int i = 0; i < d->u.gendecl.specs.n; i++) {
        AstNode *sp = d->u.gendecl.specs.a[i];
        if (sp->kind == N_TypeSpec) {
            /* gc skips generic, blank and constraint-only declarations */
            Object *o = decl_obj(st, sp->u.typespec.name);
            if (o && !sp->u.typespec.tparams && strcmp(o->name->s, "_") && !constraint_only(o->type)) read_obj(st, o);
        } else if (sp->kind == N_ValueSpec) {
            for (int k = 0; k < sp->u.value.names.n; k++) {
                Object *o = decl_obj(st, sp->u.value.names.a[k]);
                if (o) read_obj(st, o);
            }
        }
    }
}

IrInstState *ir_inst_begin(Package *pkg, AstFile **files, int nfiles, TypesInfo *info) {
    IrInstState *st = xmalloc(sizeof *st);
    memset(st, 0, sizeof *st);
    st->pkg = pkg, st->files = files, st->nfiles = nfiles, st->info = info;
    st->arena = arena_new();
    note_package(st);
    return st;
}

int ir_inst_collect(IrInstState *st, IrInstFunc **out) {
    read_init_order(st);
    for (int i = 0; i < st->nfiles; i++)
        for (int k = 0; st->files[i] && k < st->files[i]->decls.n; k++) read_decl(st, st->files[i]->decls.a[k]);
    read_bodies(st);
    *out = st->out.a;
    return st->out.n;
}

int ir_inst_reads(IrInstState *st, IrInstRead **out) {
    *out = st->reads.a;
    return st->reads.n;
}

int ir_inst_types(IrInstState *st, Type ***out) {
    *out = st->itypes.a;
    return st->itypes.n;
}

void ir_inst_end(IrInstState *st) {
    vec_free(&st->itypes);
    map_clear(&st->local_bodies);
    map_clear(&st->created);
    map_clear(&st->dicts);
    map_clear(&st->types_read);
    map_clear(&st->objs_read);
    vec_free(&st->todo);
    vec_free(&st->pending);
    vec_free(&st->out);
    vec_free(&st->reads);
    arena_free(st->arena);
    free(st);
}
