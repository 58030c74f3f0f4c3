/* typestring.c: types printed as go/types' TypeString prints them.
 * The type-checker dump is compared line by line with go/types, so the
 * forms are exact: struct fields joined by "; ", parameter names kept,
 * a single unnamed result without parentheses, "...T" for a variadic
 * last parameter, generic types with their type parameter lists, and
 * package-level names qualified by the qualifier (default: import path). */
#include "types/types.h"

#include <stdio.h>
#include <string.h>

typedef struct Writer {
    StrBuf *b;
    TyQualifier qf;
    void *ctx;
    Vec(Type *) seen; /* for cycle detection */
} Writer;

static void wtype(Writer *w, Type *t);

/* After ',' and ';' go/types writes a blank. */
static void sep(Writer *w, char c) {
    sb_putc(w->b, c);
    sb_putc(w->b, ' ');
}

static void quote_go(StrBuf *b, const char *s) {
    /* strconv.Quote of a struct tag: tags are nearly always printable
     * ASCII; other bytes are escaped as \xNN (exact for ASCII input). */
    sb_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': sb_puts(b, "\\\""); break;
        case '\\': sb_puts(b, "\\\\"); break;
        case '\n': sb_puts(b, "\\n"); break;
        case '\t': sb_puts(b, "\\t"); break;
        case '\r': sb_puts(b, "\\r"); break;
        default:
            if (*p < 0x20 || *p == 0x7f) sb_printf(b, "\\x%02x", *p);
            else sb_putc(b, (char)*p);
        }
    }
    sb_putc(b, '"');
}

static void type_name(Writer *w, Object *obj) {
    if (obj->pkg) {
        const char *q = w->qf ? w->qf(obj->pkg, w->ctx) : obj->pkg->path;
        if (q && *q) {
            sb_puts(w->b, q);
            sb_putc(w->b, '.');
        }
    }
    sb_puts(w->b, obj->name->s);
}

static void type_list(Writer *w, Type **list, int n) {
    sb_putc(w->b, '[');
    for (int i = 0; i < n; i++) {
        if (i) sep(w, ',');
        wtype(w, list[i]);
    }
    sb_putc(w->b, ']');
}

/* [P, Q any, R comparable]: consecutive parameters with the same bound
 * share it. */
static void tparam_list(Writer *w, Type **list, int n) {
    sb_putc(w->b, '[');
    Type *prev = NULL;
    for (int i = 0; i < n; i++) {
        Type *tp = list[i];
        if (i > 0) {
            if (tp->u.tparam.bound != prev) {
                sb_putc(w->b, ' ');
                wtype(w, prev);
            }
            sep(w, ',');
        }
        prev = tp->u.tparam.bound;
        wtype(w, tp);
    }
    if (prev) {
        sb_putc(w->b, ' ');
        wtype(w, prev);
    }
    sb_putc(w->b, ']');
}

static void tuple(Writer *w, Type *tup, bool variadic) {
    sb_putc(w->b, '(');
    int n = tup ? tup->u.tuple.n : 0;
    for (int i = 0; i < n; i++) {
        Object *v = tup->u.tuple.vars[i];
        if (i) sep(w, ',');
        if (v->name && v->name->len) {
            sb_puts(w->b, v->name->s);
            sb_putc(w->b, ' ');
        }
        Type *t = v->type;
        if (variadic && i == n - 1) {
            Type *u = ty_unalias(t);
            if (u && u->kind == T_SLICE) {
                sb_puts(w->b, "...");
                wtype(w, u->u.ptr.elem);
            } else {
                wtype(w, t);
                sb_puts(w->b, "...");
            }
        } else {
            wtype(w, t);
        }
    }
    sb_putc(w->b, ')');
}

static void signature(Writer *w, Type *sig) {
    if (sig->u.sig.ntparams) tparam_list(w, sig->u.sig.tparams, sig->u.sig.ntparams);
    tuple(w, sig->u.sig.params, sig->u.sig.variadic);
    Type *res = sig->u.sig.results;
    int n = res ? res->u.tuple.n : 0;
    if (n == 0) return;
    sb_putc(w->b, ' ');
    Object *r0 = res->u.tuple.vars[0];
    if (n == 1 && (!r0->name || !r0->name->len)) wtype(w, r0->type);
    else tuple(w, res, false);
}

static void strct(Writer *w, Type *t) {
    sb_puts(w->b, "struct{");
    for (int i = 0; i < t->u.strct.nfields; i++) {
        Object *f = t->u.strct.fields[i];
        if (i) sep(w, ';');
        if (!f->u.var.embedded) {
            sb_puts(w->b, f->name->s);
            sb_putc(w->b, ' ');
        }
        wtype(w, f->type);
        Sym *tag = t->u.strct.tags ? t->u.strct.tags[i] : NULL;
        if (tag && tag->len) {
            sb_putc(w->b, ' ');
            quote_go(w->b, tag->s);
        }
    }
    sb_putc(w->b, '}');
}

static void iface(Writer *w, Type *t) {
    if (ty_comparable && t == ty_comparable->u.named.underlying) {
        sb_puts(w->b, "interface{comparable}");
        return;
    }
    if (t->u.iface.implicit) {
        if (t->u.iface.nmethods == 0 && t->u.iface.nembeddeds == 1) {
            wtype(w, t->u.iface.embeddeds[0]);
            return;
        }
        sb_puts(w->b, "/* implicit */ ");
    }
    sb_puts(w->b, "interface{");
    bool first = true;
    for (int i = 0; i < t->u.iface.nmethods; i++, first = false) {
        if (!first) sep(w, ';');
        Object *m = t->u.iface.methods[i];
        sb_puts(w->b, m->name->s);
        signature(w, m->type);
    }
    for (int i = 0; i < t->u.iface.nembeddeds; i++, first = false) {
        if (!first) sep(w, ';');
        wtype(w, t->u.iface.embeddeds[i]);
    }
    sb_putc(w->b, '}');
}

static void chan(Writer *w, Type *t) {
    bool parens = false;
    switch (t->u.chan.dir) {
    case CHAN_BOTH: {
        sb_puts(w->b, "chan ");
        Type *e = t->u.chan.elem;
        parens = e && e->kind == T_CHAN && e->u.chan.dir == CHAN_RECV;
        break;
    }
    case CHAN_SEND: sb_puts(w->b, "chan<- "); break;
    case CHAN_RECV: sb_puts(w->b, "<-chan "); break;
    }
    if (parens) sb_putc(w->b, '(');
    wtype(w, t->u.chan.elem);
    if (parens) sb_putc(w->b, ')');
}

static void tparam(Writer *w, Type *t) {
    Object *o = t->u.tparam.obj;
    sb_puts(w->b, o->name->s);
    if (scope_lookup(ty_universe, o->name)) sb_puts(w->b, "/* type parameter */");
}

static void generic_args(Writer *w, Type **targs, int ntargs, Type **tparams, int ntparams) {
    if (ntargs) type_list(w, targs, ntargs);
    else if (ntparams) tparam_list(w, tparams, ntparams);
}

static void wtype_kind(Writer *w, Type *t) {
    switch (t->kind) {
    case T_BASIC:
        if (t->u.basic.kind == B_UNSAFE_POINTER) sb_puts(w->b, "unsafe.");
        sb_puts(w->b, t->u.basic.name);
        break;
    case T_ARRAY:
        sb_printf(w->b, "[%lld]", (long long)t->u.array.len);
        wtype(w, t->u.array.elem);
        break;
    case T_SLICE: sb_puts(w->b, "[]"); wtype(w, t->u.ptr.elem); break;
    case T_POINTER: sb_putc(w->b, '*'); wtype(w, t->u.ptr.elem); break;
    case T_STRUCT: strct(w, t); break;
    case T_TUPLE: tuple(w, t, false); break;
    case T_SIGNATURE: sb_puts(w->b, "func"); signature(w, t); break;
    case T_UNION:
        for (int i = 0; i < t->u.uni.n; i++) {
            if (i) sb_puts(w->b, " | ");
            if (t->u.uni.terms[i].tilde) sb_putc(w->b, '~');
            wtype(w, t->u.uni.terms[i].type);
        }
        break;
    case T_INTERFACE: iface(w, t); break;
    case T_MAP:
        sb_puts(w->b, "map[");
        wtype(w, t->u.map.key);
        sb_putc(w->b, ']');
        wtype(w, t->u.map.elem);
        break;
    case T_CHAN: chan(w, t); break;
    case T_NAMED:
        type_name(w, t->u.named.obj);
        generic_args(w, t->u.named.targs, t->u.named.ntargs, t->u.named.tparams, t->u.named.ntparams);
        break;
    case T_TYPEPARAM: tparam(w, t); break;
    case T_ALIAS:
        type_name(w, t->u.alias.obj);
        generic_args(w, t->u.alias.targs, t->u.alias.ntargs, t->u.alias.tparams, t->u.alias.ntparams);
        break;
    default: sb_printf(w->b, "<kind %d>", (int)t->kind);
    }
}

static void wtype(Writer *w, Type *t) {
    if (!t) {
        sb_puts(w->b, "<nil>");
        return;
    }
    for (int i = 0; i < w->seen.n; i++)
        if (w->seen.a[i] == t) {
            sb_printf(w->b, "<cycle to %s>", ty_kind_name(t->kind));
            return;
        }
    vec_push(&w->seen, t);
    wtype_kind(w, t);
    w->seen.n--;
}

void ty_write(StrBuf *b, Type *t, TyQualifier qf, void *ctx) {
    Writer w = {b, qf, ctx, {0}};
    wtype(&w, t);
    vec_free(&w.seen);
}

char *ty_string(Type *t) {
    StrBuf b = {0};
    ty_write(&b, t, NULL, NULL);
    if (!b.s) return xstrdup("");
    return b.s;
}
