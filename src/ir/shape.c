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
 * Instantiated objects get mangled names: F[targs], T[targs].M,
 * (*T[targs]).M, generic methods T.M[targs], local types L[implicits]·N,
 * the type arguments printed as link strings (types.Type.LinkString:
 * package-path qualified, byte as uint8, any as interface {}, local types
 * with their ·N number) joined by ",". Diagnostics print such a name
 * qualified by the package *name* when it belongs to another package than
 * the one being compiled ("slices.insertionSortCmpFunc[go.shape.int]").
 * docs/generics.md has the rules with gc's own output as examples. */
#include <string.h>

#include "ir/ir.h"
#include "syntax/ast.h"

/* ---- the go.shape pseudo-package ---------------------------------------------- */

static Package *shape_pkg;
static Map shape_types; /* Sym* (name) -> Type* */
static Map local_types; /* Object* (local TYPENAME) -> LocalType* */
static Map local_insts; /* Type* (local instance) -> LocalInst* */
static Map local_inst_by_name; /* Sym* (link string) -> Type* */

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

Package *ir_shape_pkg(void) {
    if (!shape_pkg) shape_pkg = pkg_new("go.shape", intern_cstr("go.shape"));
    return shape_pkg;
}

bool ir_is_shape(Type *t) {
    t = ty_unalias(t);
    return t && t->kind == T_NAMED && t->u.named.obj && t->u.named.obj->pkg == ir_shape_pkg();
}

/* ---- link strings (types.Type.LinkString, fmtTypeID) ----------------------------- */

void ir_fmt_link_prefix(StrBuf *b, const char *path) {
    const char *slash = strrchr(path, '/');
    static const char hex[] = "0123456789abcdef";
    for (const char *p = path; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c <= ' ' || (c == '.' && (!slash || p > slash)) || c == '%' || c == '"' || c >= 0x7f) {
            sb_putc(b, '%');
            sb_putc(b, hex[c >> 4]);
            sb_putc(b, hex[c & 15]);
        } else {
            sb_putc(b, (char)c);
        }
    }
}

static void link_type(StrBuf *b, Type *t, bool short_func);

/* The qualified name of a package-level (or local) object in fmtTypeID:
 * the package's link prefix, '.', the name. */
static void link_qualified(StrBuf *b, const Package *pkg, const char *name) {
    if (pkg) {
        ir_fmt_link_prefix(b, pkg->path);
        sb_putc(b, '.');
    }
    sb_puts(b, name);
}

static void link_targs(StrBuf *b, Type **targs, int n) {
    for (int i = 0; i < n; i++) {
        if (i) sb_putc(b, ',');
        link_type(b, targs[i], false);
    }
}

/* sym_name writes the name gc gives the symbol of a named type declared
 * as obj: the declared name, the type arguments of an instance (or the
 * implicit ones of a local type of a generic function) in brackets, and a
 * local type's ·N (only with vargen: fmtTypeID keeps it, fmtGo drops it). */
static void sym_name(StrBuf *b, Object *obj, Type **targs, int n, bool vargen) {
    sb_puts(b, obj->name->s);
    if (n) {
        sb_putc(b, '[');
        link_targs(b, targs, n);
        sb_putc(b, ']');
    }
    int gen = ir_local_type_gen(obj);
    if (vargen && gen) sb_printf(b, "·%d", gen);
}

static void link_named(StrBuf *b, Object *obj, Type **targs, int n, bool qualify) {
    if (qualify && obj->pkg) {
        ir_fmt_link_prefix(b, obj->pkg->path);
        sb_putc(b, '.');
    }
    sym_name(b, obj, targs, n, true);
}

static void name_of(StrBuf *b, Type *t, bool vargen) {
    LocalInst *li = map_getp(&local_insts, t);
    if (li) sym_name(b, t->u.named.obj, li->targs, li->ntargs, vargen);
    else sym_name(b, t->u.named.obj, t->u.named.targs, t->u.named.ntargs, vargen);
}

static void link_params(StrBuf *b, Type *tuple, bool variadic) {
    sb_putc(b, '(');
    int n = tuple ? tuple->u.tuple.n : 0;
    for (int i = 0; i < n; i++) {
        if (i) sb_puts(b, ", ");
        Type *pt = tuple->u.tuple.vars[i]->type;
        if (variadic && i == n - 1) {
            sb_puts(b, "...");
            Type *u = ty_unalias(pt);
            link_type(b, u && u->kind == T_SLICE ? u->u.ptr.elem : pt, false);
        } else {
            link_type(b, pt, false);
        }
    }
    sb_putc(b, ')');
}

static void link_sig(StrBuf *b, Type *t, bool short_func) {
    if (!short_func) sb_puts(b, "func");
    link_params(b, t->u.sig.params, t->u.sig.variadic);
    Type *res = t->u.sig.results;
    int nres = res ? res->u.tuple.n : 0;
    if (nres == 1) {
        sb_putc(b, ' ');
        link_type(b, res->u.tuple.vars[0]->type, false);
    } else if (nres > 1) {
        sb_putc(b, ' ');
        link_params(b, res, false);
    }
}

static void link_method_name(StrBuf *b, Object *m) {
    if (ty_is_exported(m->name)) sb_puts(b, m->name->s);
    else link_qualified(b, m->pkg, m->name->s);
}

static void link_iface(StrBuf *b, Type *t) {
    TypeSet *ts = ts_of(t);
    if (!ts->nmethods) {
        sb_puts(b, "interface {}");
        return;
    }
    sb_puts(b, "interface {");
    for (int i = 0; i < ts->nmethods; i++) {
        if (i) sb_putc(b, ';');
        sb_putc(b, ' ');
        link_method_name(b, ts->methods[i]);
        link_sig(b, ts->methods[i]->type, true);
    }
    sb_puts(b, " }");
}

/* The symbol gc would take as an embedded field's type name: the named
 * (or predeclared) type, through one pointer. */
static void embedded_tsym(Type *ft, const char **name, const Package **pkg, Type **named) {
    Type *t = ty_unalias(ft);
    if (t && t->kind == T_POINTER) t = ty_unalias(t->u.ptr.elem);
    *name = NULL, *pkg = NULL, *named = NULL;
    if (!t) return;
    if (t->kind == T_NAMED) {
        *named = t;
        *pkg = t->u.named.obj->pkg;
        *name = t->u.named.obj->name->s;
    } else if (t->kind == T_BASIC) {
        *name = t == ty_basic[B_UNSAFE_POINTER] ? "Pointer" : t->u.basic.name;
        *pkg = t == ty_basic[B_UNSAFE_POINTER] ? ty_unsafe : NULL;
    }
}

/* An embedded field prints without its name when the name is the type's
 * own symbol (gc: the same Sym, or an exported name equal to it); else
 * as "name = type" (an alias, a predeclared type, an instance). */
static bool embedded_name_implied(Object *f) {
    const char *tname;
    const Package *tpkg;
    Type *named;
    embedded_tsym(f->type, &tname, &tpkg, &named);
    if (!tname) return false;
    StrBuf sym = {0};
    if (named) name_of(&sym, named, true);
    else sb_puts(&sym, tname);
    bool same_name = !strcmp(sym.s, f->name->s);
    sb_free(&sym);
    if (!same_name) return false;
    if (ty_is_exported(f->name)) return true;
    return tpkg && f->pkg && ty_same_pkg(tpkg, f->pkg);
}

static void link_struct(StrBuf *b, Type *t) {
    int n = t->u.strct.nfields;
    sb_puts(b, "struct {");
    for (int i = 0; i < n; i++) {
        Object *f = t->u.strct.fields[i];
        if (i) sb_putc(b, ';');
        sb_putc(b, ' ');
        bool emb = f->u.var.embedded;
        if (!emb || !embedded_name_implied(f)) {
            if (ty_is_exported(f->name)) sb_puts(b, f->name->s);
            else link_qualified(b, f->pkg, f->name->s);
            sb_puts(b, emb ? " = " : " ");
        }
        link_type(b, f->type, false);
        Sym *tag = t->u.strct.tags ? t->u.strct.tags[i] : NULL;
        if (tag && tag->len) {
            size_t qn;
            char *q = cv_quote(tag->s, tag->len, &qn);
            sb_putc(b, ' ');
            sb_putn(b, q, qn);
            free(q);
        }
    }
    sb_puts(b, n ? " }" : "}");
}

static void link_chan(StrBuf *b, Type *t) {
    Type *e = ty_unalias(t->u.chan.elem);
    switch (t->u.chan.dir) {
    case CHAN_RECV: sb_puts(b, "<-chan "); break;
    case CHAN_SEND: sb_puts(b, "chan<- "); break;
    default:
        sb_puts(b, "chan ");
        if (e && e->kind == T_CHAN && e->u.chan.dir == CHAN_RECV) {
            sb_putc(b, '(');
            link_type(b, e, false);
            sb_putc(b, ')');
            return;
        }
    }
    link_type(b, e, false);
}

static void link_basic(StrBuf *b, Type *t) {
    if (t == ty_basic[B_UNSAFE_POINTER]) sb_puts(b, "unsafe.Pointer");
    else sb_puts(b, ty_basic[t->u.basic.kind]->u.basic.name); /* byte -> uint8, rune -> int32 */
}

static void link_type(StrBuf *b, Type *t, bool short_func) {
    t = ty_unalias(t);
    if (!t) {
        sb_puts(b, "<T>");
        return;
    }
    switch (t->kind) {
    case T_BASIC: link_basic(b, t); break;
    case T_NAMED:
        if (t == ty_error) {
            sb_puts(b, "error");
        } else {
            if (t->u.named.obj->pkg) {
                if (t->u.named.obj->pkg == ir_shape_pkg()) sb_puts(b, "go.shape"); /* never escaped */
                else ir_fmt_link_prefix(b, t->u.named.obj->pkg->path);
                sb_putc(b, '.');
            }
            name_of(b, t, true);
        }
        break;
    case T_TYPEPARAM: sb_puts(b, t->u.tparam.obj->name->s); break;
    case T_POINTER: sb_putc(b, '*'), link_type(b, t->u.ptr.elem, false); break;
    case T_SLICE: sb_puts(b, "[]"), link_type(b, t->u.ptr.elem, false); break;
    case T_ARRAY: sb_printf(b, "[%lld]", (long long)t->u.array.len), link_type(b, t->u.array.elem, false); break;
    case T_MAP:
        sb_puts(b, "map[");
        link_type(b, t->u.map.key, false);
        sb_putc(b, ']');
        link_type(b, t->u.map.elem, false);
        break;
    case T_CHAN: link_chan(b, t); break;
    case T_STRUCT: link_struct(b, t); break;
    case T_INTERFACE: link_iface(b, t); break;
    case T_SIGNATURE: link_sig(b, t, short_func); break;
    default: sb_printf(b, "<%s>", ty_kind_name(t->kind)); break;
    }
}

void ir_fmt_linkstring(StrBuf *b, Type *t) { link_type(b, t, false); }

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
        LocalInst *li = map_getp(&local_insts, t);
        if (li) return list_has_shape(li->targs, li->ntargs, depth);
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
    link_type(&b, under, false);
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

/* ---- local types: gc's ·N numbers and implicit type arguments ------------------- */

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
    link_named(&b, obj, targs, n, true);
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

/* ---- names of instantiated objects (noder's mangle, ir.MethodSym) ----------------- */

/* recv_base: the declared receiver base type of a method, and whether the
 * receiver is a pointer. */
static Type *recv_base(Object *fn, bool *ptr) {
    Object *recv = fn->type->u.sig.recv;
    Type *t = ty_unalias(recv->type);
    *ptr = t->kind == T_POINTER;
    if (*ptr) t = ty_unalias(t->u.ptr.elem);
    return t;
}

static void bracket_targs(StrBuf *b, Type **targs, int n) {
    sb_putc(b, '[');
    link_targs(b, targs, n);
    sb_putc(b, ']');
}

void ir_fmt_inst_sym(StrBuf *b, Object *generic, Type **targs, int n) {
    if (generic->kind == OBJ_TYPENAME) {
        sb_puts(b, generic->name->s);
        if (n) bracket_targs(b, targs, n);
        int gen = ir_local_type_gen(generic);
        if (gen) sb_printf(b, "·%d", gen);
        return;
    }
    Type *sig = generic->type;
    if (!sig->u.sig.recv) {
        sb_puts(b, generic->name->s);
        if (n) bracket_targs(b, targs, n);
        return;
    }
    bool ptr;
    Type *base = recv_base(generic, &ptr);
    int nr = base && base->kind == T_NAMED ? base->u.named.orig->u.named.ntparams : 0;
    if (nr > n) nr = n;
    if (ptr) sb_puts(b, "(*");
    sb_puts(b, base && base->kind == T_NAMED ? base->u.named.obj->name->s : "?");
    if (nr) bracket_targs(b, targs, nr);
    sb_puts(b, ptr ? ")." : ".");
    sb_puts(b, generic->name->s);
    if (n > nr) bracket_targs(b, targs + nr, n - nr);
}

void ir_fmt_shape_name(StrBuf *b, Object *generic, Type **targs, int n, const Package *from) {
    const Package *p = generic->pkg;
    if (p && (!from || !ty_same_pkg(p, from))) {
        sb_puts(b, p->name ? p->name->s : p->path);
        sb_putc(b, '.');
    }
    ir_fmt_inst_sym(b, generic, targs, n);
}

void ir_fmt_link_name(StrBuf *b, Object *generic, Type **targs, int n) {
    if (generic->pkg) {
        ir_fmt_link_prefix(b, generic->pkg->path);
        sb_putc(b, '.');
    }
    ir_fmt_inst_sym(b, generic, targs, n);
}

void ir_fmt_named_go(StrBuf *b, Type *t, const Package *from) {
    t = ty_unalias(t);
    Object *obj = t->u.named.obj;
    if (t == ty_error) {
        sb_puts(b, "error");
        return;
    }
    if (obj->pkg && (!from || !ty_same_pkg(obj->pkg, from))) {
        sb_puts(b, obj->pkg->name ? obj->pkg->name->s : obj->pkg->path);
        sb_putc(b, '.');
    }
    name_of(b, t, false);
}
