/* shape.c: gc's shape types and the names of instantiated generic code.
 *
 * gc compiles a generic function or method once per "shape" of its type
 * arguments (noder's Shapify): the shape of a type argument is a named
 * type in the pseudo-package go.shape whose name is the link string of
 * the argument's underlying type ("go.shape.int", "go.shape.[]uint8",
 * "go.shape.struct { p.a int }"), or "*uint8" for a pointer argument of a
 * type parameter whose constraint is a basic interface (methods only).
 * Names longer than 500 bytes are replaced by a hash (shapehash.c).
 *
 * Substitution into generic code follows gc's reader: in a shaped body an
 * instance whose type arguments hold a shape is shaped as a whole, and a
 * shaped instance's underlying type is its origin's read that way. Names
 * are linkname.c's concern, local types localtype.c's. docs/generics.md
 * has the rules with gc's own output as examples. */
#include <string.h>

#include "ir/ir.h"

/* ---- the go.shape pseudo-package ---------------------------------------------- */

static Package *shape_pkg;
static Map shape_types; /* Sym* (name) -> Type* */
Package *ir_shape_pkg(void) {
    if (!shape_pkg) shape_pkg = pkg_new("go.shape", intern_cstr("go.shape"));
    return shape_pkg;
}

bool ir_is_shape(Type *t) {
    t = ty_unalias(t);
    return t && t->kind == T_NAMED && t->u.named.obj && t->u.named.obj->pkg == ir_shape_pkg();
}

/* ---- shape types (noder.Shapify) ------------------------------------------------ */

bool ir_tparam_basic(Type *tparam) {
    Type *iface = ty_tparam_iface(tparam);
    return iface && ts_is_method_set(ts_of(iface));
}

/* not_in_heap: gc's NotInHeap: internal/runtime/sys.nih and anything
 * holding it by value. */
static bool not_in_heap(Type *t, int depth) {
    t = ty_unalias(t);
    if (!t || depth > 64) return false;
    if (t->kind == T_NAMED) {
        Object *o = t->u.named.obj;
        if (o->pkg && !strcmp(o->pkg->path, "internal/runtime/sys") && !strcmp(o->name->s, "nih")) return true;
        return not_in_heap(ty_underlying(t), depth + 1);
    }
    if (t->kind == T_ARRAY) return not_in_heap(t->u.array.elem, depth + 1);
    if (t->kind == T_STRUCT)
        for (int i = 0; i < t->u.strct.nfields; i++)
            if (not_in_heap(t->u.strct.fields[i]->type, depth + 1)) return true;
    return false;
}

static Type *uint8_ptr(void) {
    static Type *p;
    if (!p) p = ty_pointer(ty_basic[B_UINT8]);
    return p;
}

static bool has_shape(Type *t, int depth);

static bool tuple_has_shape(Type *tup, int depth) {
    for (int i = 0; tup && i < tup->u.tuple.n; i++)
        if (has_shape(tup->u.tuple.vars[i]->type, depth)) return true;
    return false;
}

static bool list_has_shape(Type **ts, int n, int depth) {
    for (int i = 0; i < n; i++)
        if (has_shape(ts[i], depth)) return true;
    return false;
}

static bool has_shape(Type *t, int depth) {
    t = ty_unalias(t);
    if (!t || depth > 64) return false;
    depth++;
    switch (t->kind) {
    case T_NAMED: {
        if (ir_is_shape(t)) return true;
        Type **imp;
        int ni = ir_local_inst_targs(t, &imp);
        if (ni) return list_has_shape(imp, ni, depth);
        return list_has_shape(t->u.named.targs, t->u.named.ntargs, depth);
    }
    case T_POINTER:
    case T_SLICE: return has_shape(t->u.ptr.elem, depth);
    case T_ARRAY: return has_shape(t->u.array.elem, depth);
    case T_CHAN: return has_shape(t->u.chan.elem, depth);
    case T_MAP: return has_shape(t->u.map.key, depth) || has_shape(t->u.map.elem, depth);
    case T_STRUCT:
        for (int i = 0; i < t->u.strct.nfields; i++)
            if (has_shape(t->u.strct.fields[i]->type, depth)) return true;
        return false;
    case T_SIGNATURE: return tuple_has_shape(t->u.sig.params, depth) || tuple_has_shape(t->u.sig.results, depth);
    case T_TUPLE: return tuple_has_shape(t, depth);
    case T_INTERFACE: {
        TypeSet *ts = ts_of(t);
        for (int i = 0; i < ts->nmethods; i++)
            if (has_shape(ts->methods[i]->type, depth)) return true;
        return false;
    }
    default: return false;
    }
}

bool ir_has_shape(Type *t) { return has_shape(t, 0); }

enum { MAX_SHAPE_LEN = 500 }; /* gc's -d=maxshapelen default */

static Type *new_shape(Sym *name, Type *under) {
    Type *t = ty_new(T_NAMED);
    Object *obj = obj_new(OBJ_TYPENAME, (Pos){0}, ir_shape_pkg(), name, t);
    t->u.named.obj = obj;
    t->u.named.orig = t;
    t->u.named.underlying = under;
    map_putp(&shape_types, name, t);
    return t;
}

Type *ir_shape_type(Type *targ, bool basic) {
    Type *t = ty_unalias(targ);
    /* An instance of a generic interface that already holds shapes is its
     * own shape (gc keeps it so that signatures match, issue #65362). */
    if (t->kind == T_NAMED && t->u.named.ntargs && ty_is_interface(t) && ir_has_shape(t)) return t;
    Type *under = ir_underlying(t);
    if (basic && under->kind == T_POINTER && !not_in_heap(under->u.ptr.elem, 0)) under = uint8_ptr();
    StrBuf b = {0};
    ir_fmt_linkstring(&b, under);
    if (b.len > MAX_SHAPE_LEN) {
        uint8_t sum[32];
        ir_shape_hash(b.s, b.len, sum);
        sb_reset(&b);
        for (int i = 0; i < 32; i++) sb_printf(&b, "%02x", sum[i]);
    }
    Sym *name = intern(b.s, b.len);
    sb_free(&b);
    Type *shape = map_getp(&shape_types, name);
    return shape ? shape : new_shape(name, under);
}

/* gc's rule (objDictIdx): once any type argument is a shape or holds one,
 * the object is a shaped one; a shaped object's arguments are all
 * shapified. Each argument is shapified by its own type parameter's
 * constraint. */
void ir_shapify(Type **tparams, Type **targs, int n, Type **out) {
    for (int i = 0; i < n; i++) out[i] = ir_shape_type(targs[i], tparams && ir_tparam_basic(tparams[i]));
}

/* ---- substitution into generic code ------------------------------------------------ */

/* gc reads a shaped object's types through its dictionary: a derived
 * instance whose type arguments then hold a shape is itself shaped, all its
 * arguments shapified (noder's objDictIdx), except an argument that is an
 * instance still being defined (gc's TFORW: its underlying type is being
 * read), which stays as it is (Shapify's "skipping shaping of recursive
 * type"). The underlying type of a shaped instance is its origin's read
 * that way, once, the first time the instance is met (gcunder). */
static Map gcunder;        /* shaped instance Type* -> its underlying as gc reads it */
static Vec(Type *) defining; /* shaped instances whose underlying is being read */

static bool being_defined(Type *t) {
    for (int i = 0; i < defining.n; i++)
        if (defining.a[i] == t) return true;
    return false;
}

static bool shaped_instance(Type *t) {
    if (!t || t->kind != T_NAMED || !t->u.named.ntargs || t->u.named.orig == t || ir_is_shape(t)) return false;
    for (int i = 0; i < t->u.named.ntargs; i++)
        if (ir_has_shape(t->u.named.targs[i])) return true;
    return false;
}

Type *ir_underlying_seen(Type *t, void (*seen)(void *ctx, Type *t), void *ctx) {
    t = ty_unalias(t);
    if (!shaped_instance(t)) return ty_underlying(t);
    Type *u = map_getp(&gcunder, t);
    if ((u && !seen) || being_defined(t)) return u ? u : ty_underlying(t);
    Type *orig = t->u.named.orig;
    vec_push(&defining, t);
    IrSubst s = {.tparams = orig->u.named.tparams, .targs = t->u.named.targs, .n = t->u.named.ntargs, .shaped = true, .seen = seen, .ctx = ctx};
    Type *nu = ir_subst(&s, ty_underlying(orig));
    defining.n--;
    if (!u) map_putp(&gcunder, t, u = nu);
    return u;
}

Type *ir_underlying(Type *t) { return ir_underlying_seen(t, NULL, NULL); }

void ir_shape_defining(Type *t, bool on) {
    if (on) vec_push(&defining, ty_unalias(t));
    else if (defining.n) defining.n--;
}

static bool sub_list(const IrSubst *s, Type **in, Type **out, int n) {
    bool changed = false;
    for (int i = 0; i < n; i++) {
        out[i] = ir_subst(s, in[i]);
        changed |= out[i] != in[i];
    }
    return changed;
}

static Type *sub_instance(const IrSubst *s, Type *t) {
    int n = t->u.named.ntargs;
    Type **targs = NEWARR(ty_arena(), Type *, n);
    bool changed = sub_list(s, t->u.named.targs, targs, n);
    bool shape = false;
    for (int i = 0; s->shaped && i < n; i++) shape |= ir_has_shape(targs[i]);
    if (!changed && !shape) return t;
    Type *orig = t->u.named.orig;
    for (int i = 0; shape && i < n; i++) {
        Type *a = ty_unalias(targs[i]);
        if (s->seen) s->seen(s->ctx, a); /* gc reads the argument, then shapes it */
        if (!being_defined(a)) targs[i] = ir_shape_type(a, ir_tparam_basic(orig->u.named.tparams[i]));
    }
    Type *r = ty_instantiate(orig, targs, n, NULL);
    if (!r) return t;
    if (shape) ir_underlying(r); /* gc defines it now, with what is being defined now */
    return r;
}

static Type *sub_named(const IrSubst *s, Type *t) {
    Type **imp;
    int ni = t->u.named.orig == t ? ir_local_type_implicits(t->u.named.obj, &imp) : 0;
    if (ni) {
        Type **targs = NEWARR(ty_arena(), Type *, ni);
        if (!sub_list(s, imp, targs, ni)) return t;
        return ir_local_type_inst(t, targs, ni, ir_subst(s, ty_underlying(t)));
    }
    if (!t->u.named.ntargs || ir_is_shape(t)) return t;
    return sub_instance(s, t);
}

static Object *sub_var(const IrSubst *s, Object *v) {
    Type *nt = ir_subst(s, v->type);
    if (nt == v->type) return v;
    Object *c = obj_var(v->u.var.vkind, v->pos, v->pkg, v->name, nt);
    c->u.var = v->u.var;
    return c;
}

static Type *sub_tuple(const IrSubst *s, Type *t) {
    if (!t || !t->u.tuple.n) return t;
    Object **vs = NEWARR(ty_arena(), Object *, t->u.tuple.n);
    bool changed = false;
    for (int i = 0; i < t->u.tuple.n; i++) {
        vs[i] = sub_var(s, t->u.tuple.vars[i]);
        changed |= vs[i] != t->u.tuple.vars[i];
    }
    return changed ? ty_tuple(vs, t->u.tuple.n) : t;
}

static Type *sub_struct(const IrSubst *s, Type *t) {
    int n = t->u.strct.nfields;
    Object **fs = NEWARR(ty_arena(), Object *, n + 1);
    bool changed = false;
    for (int i = 0; i < n; i++) {
        fs[i] = sub_var(s, t->u.strct.fields[i]);
        changed |= fs[i] != t->u.strct.fields[i];
    }
    if (!changed) return t;
    Type *c = ty_new(T_STRUCT);
    c->u.strct = t->u.strct;
    c->u.strct.fields = fs;
    return c;
}

static bool substituted(const IrSubst *s, Type *tparam) {
    for (int i = 0; i < s->n; i++)
        if (s->tparams[i] == tparam) return true;
    return false;
}

/* A signature: a generic one only when its own type parameters are being
 * substituted (an instantiation); the result has none. */
static Type *sub_sig(const IrSubst *s, Type *t) {
    for (int i = 0; i < t->u.sig.ntparams; i++)
        if (!substituted(s, t->u.sig.tparams[i])) return t;
    Object *recv = t->u.sig.recv ? sub_var(s, t->u.sig.recv) : NULL;
    Type *p = sub_tuple(s, t->u.sig.params), *r = sub_tuple(s, t->u.sig.results);
    if (p == t->u.sig.params && r == t->u.sig.results && recv == t->u.sig.recv) return t;
    Type *c = ty_new(T_SIGNATURE);
    c->u.sig = t->u.sig;
    c->u.sig.params = p, c->u.sig.results = r, c->u.sig.recv = recv;
    c->u.sig.rtparams = NULL, c->u.sig.nrtparams = 0;
    c->u.sig.tparams = NULL, c->u.sig.ntparams = 0;
    return c;
}

static Type *sub_elem(const IrSubst *s, Type *t) {
    Type *e = ir_subst(s, t->kind == T_ARRAY ? t->u.array.elem : t->kind == T_CHAN ? t->u.chan.elem : t->u.ptr.elem);
    switch (t->kind) {
    case T_POINTER: return e == t->u.ptr.elem ? t : ty_pointer(e);
    case T_SLICE: return e == t->u.ptr.elem ? t : ty_slice(e);
    case T_ARRAY: return e == t->u.array.elem ? t : ty_array(e, t->u.array.len);
    default: return e == t->u.chan.elem ? t : ty_chan(e, t->u.chan.dir);
    }
}

Type *ir_subst(const IrSubst *s, Type *t) {
    t = ty_unalias(t);
    if (!t || !s->n) return t;
    switch (t->kind) {
    case T_TYPEPARAM:
        for (int i = 0; i < s->n; i++)
            if (s->tparams[i] == t) return s->targs[i];
        return t;
    case T_POINTER:
    case T_SLICE:
    case T_ARRAY:
    case T_CHAN: return sub_elem(s, t);
    case T_MAP: {
        Type *k = ir_subst(s, t->u.map.key), *e = ir_subst(s, t->u.map.elem);
        return k == t->u.map.key && e == t->u.map.elem ? t : ty_map(k, e);
    }
    case T_STRUCT: return sub_struct(s, t);
    case T_TUPLE: return sub_tuple(s, t);
    case T_SIGNATURE: return sub_sig(s, t);
    case T_NAMED: return sub_named(s, t);
    case T_INTERFACE: {
        if (!ty_is_parameterized(s->tparams, s->n, t)) return t;
        SubstMap m = {s->tparams, s->targs, s->n};
        return ty_subst(t, m, NULL);
    }
    default: return t;
    }
}

