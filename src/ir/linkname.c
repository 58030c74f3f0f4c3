/* linkname.c: gc's link strings of types and names of instantiated objects.
 *
 * Instantiations are named by noder's mangle: the object's name with the
 * link strings (types.Type.LinkString, fmtTypeID) of its type arguments in
 * brackets, joined by ",": F[go.shape.int], (*T[int]).M (ir.MethodSym),
 * generic methods T.M[go.shape.int], local types L[go.shape.int]·1. A link
 * string qualifies names by the package path escaped as
 * objabi.PathToPrefix does, writes byte as uint8, any as interface {} and
 * keeps local types' ·N. Diagnostics (fmtGo) qualify such a name by the
 * package *name* when it is not the package being compiled and drop the
 * ·N. docs/generics.md §1.2-1.3 has the rules with gc's output. */
#include <string.h>

#include "ir/ir.h"

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

/* The qualifier of a package's objects in link strings: its link prefix
 * and '.'; go.shape is never escaped. */
static void link_pkg(StrBuf *b, const Package *pkg) {
    if (!pkg) return;
    if (pkg == ir_shape_pkg()) sb_puts(b, "go.shape");
    else ir_fmt_link_prefix(b, pkg->path);
    sb_putc(b, '.');
}

static void link_qualified(StrBuf *b, const Package *pkg, const char *name) {
    link_pkg(b, pkg);
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

static void name_of(StrBuf *b, Type *t, bool vargen) {
    Type **imp;
    int ni = ir_local_inst_targs(t, &imp);
    if (ni) sym_name(b, t->u.named.obj, imp, ni, vargen);
    else sym_name(b, t->u.named.obj, t->u.named.targs, t->u.named.ntargs, vargen);
}

static void link_type_plain(StrBuf *b, Type *t) { link_type(b, t, false); }

static void link_sig(StrBuf *b, Type *t, bool short_func) { ir_fmt_sig(b, t, !short_func, link_type_plain); }

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
            link_pkg(b, t->u.named.obj->pkg);
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

/* ---- names of instantiated objects (noder's mangle, ir.MethodSym) ----------------- */

/* recv_base: the declared receiver base type of a method, and whether the
 * receiver is a pointer. */
static Type *recv_base(Object *fn, bool *ptr) {
    Object *recv = fn->type->u.sig.recv;
    Type *t = ty_unalias(recv->type);
    *ptr = t && t->kind == T_POINTER;
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
    if (!sig || sig->kind != T_SIGNATURE || !sig->u.sig.recv) {
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
    link_pkg(b, generic->pkg);
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
