/* fmt.c: gc's %v of IR nodes and types (ir/fmt.go, types/fmt.go), the
 * text -m diagnostics are made of.
 *
 * Expressions print with gc's operator precedences, skipping implicit
 * conversions, & and *; composite literals as "T{...}" (the variadic
 * slice as "... argument"), closures as "func literal", conversions as
 * "T(x)" for types with a name and "(T)(x)" otherwise. Types print as
 * types/fmt.go's fmtGo mode: aliases resolved except any, byte and rune;
 * types of other packages qualified by the package name. Statements print as gc's stmtFmt
 * short forms ("x := y", "return x", "for loop"). */
#include <stdio.h>
#include <string.h>

#include "ir/irb.h"

static const Package *fmt_pkg; /* the package being compiled (unqualified names) */
/* link_mode > 0 while printing the type arguments of an instance: gc puts
 * them in the instance's name with LinkString (types/fmt.go's fmtTypeID):
 * every package qualified by its path, byte, rune and any collapsed. */
static int link_mode;

void ir_fmt_set_package(const Package *pkg) { fmt_pkg = pkg; }

/* ---- types --------------------------------------------------------------------------- */

static void qualifier(StrBuf *b, const Package *p) {
    if (link_mode && p) {
        if (p == ir_shape_pkg()) sb_puts(b, "go.shape"); /* never escaped */
        else ir_fmt_link_prefix(b, p->path);
        sb_putc(b, '.');
        return;
    }
    /* gc would quote the path of a package whose name several imports
     * share (types.NumImport), but nothing counts them any more */
    if (!p || !fmt_pkg || ty_same_pkg(p, fmt_pkg) || !p->name) return;
    sb_puts(b, p->name->s);
    sb_putc(b, '.');
}

static void fmt_type(StrBuf *b, Type *t);

static void fmt_params(StrBuf *b, Type *tuple, bool variadic) {
    sb_putc(b, '(');
    int n = tuple ? tuple->u.tuple.n : 0;
    for (int i = 0; i < n; i++) {
        if (i) sb_puts(b, ", ");
        Type *pt = tuple->u.tuple.vars[i]->type;
        if (variadic && i == n - 1) {
            sb_puts(b, "...");
            pt = irb_elem(pt);
        }
        fmt_type(b, pt);
    }
    sb_putc(b, ')');
}

static void fmt_sig(StrBuf *b, Type *t, bool func) {
    if (func) sb_puts(b, "func");
    fmt_params(b, t->u.sig.params, t->u.sig.variadic);
    Type *res = t->u.sig.results;
    if (res->u.tuple.n == 1) {
        sb_putc(b, ' ');
        fmt_type(b, res->u.tuple.vars[0]->type);
    } else if (res->u.tuple.n > 1) {
        sb_putc(b, ' ');
        fmt_params(b, res, false);
    }
}

static int cmp_obj(const void *a, const void *b) { return obj_cmp(*(Object *const *)a, *(Object *const *)b); }

static void fmt_iface(StrBuf *b, Type *t) {
    TypeSet *ts = ts_of(t);
    int n = ts ? ts->nmethods : 0;
    if (!n) {
        sb_puts(b, "interface {}");
        return;
    }
    Object **ms = xmalloc(sizeof(Object *) * (size_t)n);
    memcpy(ms, ts->methods, sizeof(Object *) * (size_t)n);
    qsort(ms, (size_t)n, sizeof(Object *), cmp_obj);
    sb_puts(b, "interface {");
    for (int i = 0; i < n; i++) {
        if (i) sb_putc(b, ';');
        sb_putc(b, ' ');
        if (!ty_is_exported(ms[i]->name) && ms[i]->pkg) ir_fmt_link_prefix(b, ms[i]->pkg->path), sb_putc(b, '.');
        sb_puts(b, ms[i]->name->s);
        if (ms[i]->type && ms[i]->type->kind == T_SIGNATURE) fmt_sig(b, ms[i]->type, false);
    }
    free(ms);
    sb_puts(b, " }");
}

/* embedded_name: the field name embedding t would give without aliases. */
static Sym *embedded_name(Type *t) {
    t = irb_unalias(t);
    if (t && t->kind == T_POINTER) t = irb_unalias(t->u.ptr.elem);
    if (!t) return NULL;
    if (t->kind == T_NAMED) return t->u.named.obj->name;
    if (t->kind == T_BASIC) return intern_cstr(t->u.basic.name);
    return NULL;
}

static void fmt_struct(StrBuf *b, Type *t) {
    sb_puts(b, "struct {");
    int n = t->u.strct.nfields;
    for (int i = 0; i < n; i++) {
        Object *f = t->u.strct.fields[i];
        if (i) sb_putc(b, ';');
        sb_putc(b, ' ');
        if (!f->u.var.embedded) {
            if (!ty_is_exported(f->name)) qualifier(b, f->pkg);
            sb_printf(b, "%s ", f->name->s);
        } else if (link_mode && f->name != embedded_name(f->type)) {
            sb_printf(b, "%s = ", f->name->s); /* embedded through an alias: "struct{ Int = int }" */
        }
        fmt_type(b, f->type);
        if (t->u.strct.tags && t->u.strct.tags[i] && t->u.strct.tags[i]->len) {
            size_t qn;
            char *q = cv_quote(t->u.strct.tags[i]->s, t->u.strct.tags[i]->len, &qn);
            sb_putc(b, ' ');
            sb_putn(b, q, qn);
            free(q);
        }
    }
    if (n) sb_putc(b, ' ');
    sb_putc(b, '}');
}

static void fmt_chan(StrBuf *b, Type *t) {
    Type *e = t->u.chan.elem;
    switch (t->u.chan.dir) {
    case CHAN_RECV: sb_puts(b, "<-chan "); fmt_type(b, e); return;
    case CHAN_SEND: sb_puts(b, "chan<- "); fmt_type(b, e); return;
    default: {
        Type *eu = irb_unalias(e);
        bool paren = eu && eu->kind == T_CHAN && eu->u.chan.dir == CHAN_RECV;
        sb_puts(b, paren ? "chan (" : "chan ");
        fmt_type(b, e);
        if (paren) sb_putc(b, ')');
    }
    }
}

static void fmt_named(StrBuf *b, Type *t) {
    Object *o = t->u.named.obj;
    if (o->pkg) qualifier(b, o->pkg);
    sb_puts(b, o->name->s);
    int gen = link_mode ? ir_local_type_gen(o) : 0;
    if (gen) sb_printf(b, "·%d", gen); /* a function-local type in gc's link form */
    if (t->u.named.ntargs) {
        sb_putc(b, '[');
        link_mode++;
        for (int i = 0; i < t->u.named.ntargs; i++) {
            if (i) sb_putc(b, ',');
            fmt_type(b, t->u.named.targs[i]);
        }
        link_mode--;
        sb_putc(b, ']');
    }
}

static void fmt_type(StrBuf *b, Type *t) {
    if (!t) {
        sb_puts(b, "<T>");
        return;
    }
    if (t == ty_byte || t == ty_rune) {
        sb_puts(b, link_mode ? ty_basic[t->u.basic.kind]->u.basic.name : t->u.basic.name);
        return;
    }
    Type *u = irb_unalias(t);
    if (u == ty_empty_iface) {
        sb_puts(b, link_mode ? "interface {}" : "any");
        return;
    }
    if (u != t) {
        fmt_type(b, u);
        return;
    }
    switch (t->kind) {
    case T_BASIC:
        if (t->u.basic.kind == B_UNSAFE_POINTER) sb_puts(b, "unsafe.Pointer");
        else if (t->u.basic.kind == B_UNTYPED_NIL) sb_puts(b, "nil");
        else sb_puts(b, t->u.basic.name);
        return;
    case T_POINTER: sb_putc(b, '*'); fmt_type(b, t->u.ptr.elem); return;
    case T_SLICE: sb_puts(b, "[]"); fmt_type(b, t->u.ptr.elem); return;
    case T_ARRAY: sb_printf(b, "[%lld]", (long long)t->u.array.len); fmt_type(b, t->u.array.elem); return;
    case T_MAP:
        sb_puts(b, "map[");
        fmt_type(b, t->u.map.key);
        sb_putc(b, ']');
        fmt_type(b, t->u.map.elem);
        return;
    case T_CHAN: fmt_chan(b, t); return;
    case T_INTERFACE: fmt_iface(b, t); return;
    case T_STRUCT: fmt_struct(b, t); return;
    case T_SIGNATURE: fmt_sig(b, t, true); return;
    case T_NAMED: fmt_named(b, t); return;
    case T_TYPEPARAM: sb_puts(b, t->u.tparam.obj->name->s); return;
    case T_TUPLE:
        for (int i = 0; i < t->u.tuple.n; i++) {
            if (i) sb_putc(b, ',');
            fmt_type(b, t->u.tuple.vars[i]->type);
        }
        return;
    default: sb_puts(b, "<T>"); return;
    }
}

void ir_fmt_type(StrBuf *b, Type *t, const Package *pkg) {
    const Package *saved = fmt_pkg;
    if (pkg) fmt_pkg = pkg;
    fmt_type(b, t);
    fmt_pkg = saved;
}

/* ---- expressions --------------------------------------------------------------------- */

static int prec(const IrNode *n) {
    switch (n->op) {
    case IR_APPEND: case IR_BYTES2STR: case IR_ARRAYLIT: case IR_SLICELIT: case IR_RUNES2STR:
    case IR_CALLFUNC: case IR_CALLINTER: case IR_CAP: case IR_CLEAR: case IR_CLOSE: case IR_CONVIFACE:
    case IR_CONVNOP: case IR_CONV: case IR_COPY: case IR_DELETE: case IR_LEN: case IR_LITERAL:
    case IR_MAKESLICE: case IR_MAPLIT: case IR_MAX: case IR_MIN: case IR_NAME: case IR_NEW: case IR_NIL:
    case IR_PANIC: case IR_PRINTLN: case IR_PRINT: case IR_RUNESTR: case IR_SLICE2ARR: case IR_SLICE2ARRPTR:
    case IR_STR2BYTES: case IR_STR2RUNES: case IR_STRUCTLIT: case IR_TYPE: case IR_UNSAFEADD:
    case IR_UNSAFESLICE: case IR_UNSAFESLICEDATA: case IR_UNSAFESTRING: case IR_UNSAFESTRINGDATA:
    case IR_INDEXMAP: case IR_INDEX: case IR_SLICE: case IR_SLICESTR: case IR_SLICEARR: case IR_SLICE3:
    case IR_SLICE3ARR: case IR_DOTINTER: case IR_DOTPTR: case IR_DOTTYPE2: case IR_DOTTYPE: case IR_DOT:
    case IR_METHVALUE: case IR_METHEXPR: return 8;
    case IR_UNARY: case IR_ADDR: case IR_DEREF: case IR_RECV: return 7;
    case IR_BINARY:
        switch (n->tokop) {
        case TK_MUL: case TK_QUO: case TK_REM: case TK_SHL: case TK_SHR: case TK_AND: case TK_AND_NOT: return 6;
        case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: return 5;
        default: return 4;
        }
    case IR_SEND: return 3;
    case IR_ANDAND: return 2;
    case IR_OROR: return 1;
    case IR_DCL: case IR_AS: case IR_AS2: case IR_AS2DOTTYPE: case IR_AS2FUNC: case IR_AS2MAPR: case IR_AS2RECV:
    case IR_ASOP: case IR_BLOCK: case IR_BREAK: case IR_CASE: case IR_CONTINUE: case IR_DEFER: case IR_FALL:
    case IR_FOR: case IR_GOTO: case IR_IF: case IR_LABEL: case IR_GO: case IR_RANGE: case IR_RETURN:
    case IR_SELECT: case IR_SWITCH: return -1;
    default: return 0;
    }
}

/* op_name: gc's Op %v, the operator or builtin name, else the op's name. */
static const char *op_name(const IrNode *n) {
    switch (n->op) {
    case IR_ADDR: return "&";
    case IR_ADDSTR: return "+";
    case IR_ANDAND: return "&&";
    case IR_OROR: return "||";
    case IR_APPEND: return "append";
    case IR_CAP: return "cap";
    case IR_CLEAR: return "clear";
    case IR_CLOSE: return "close";
    case IR_COMPLEX: return "complex";
    case IR_COPY: return "copy";
    case IR_DELETE: return "delete";
    case IR_DEREF: return "*";
    case IR_IMAG: return "imag";
    case IR_LEN: return "len";
    case IR_MAX: return "max";
    case IR_MIN: return "min";
    case IR_NEW: return "new";
    case IR_PANIC: return "panic";
    case IR_PRINTLN: return "println";
    case IR_PRINT: return "print";
    case IR_REAL: return "real";
    case IR_RECV: return "<-";
    case IR_RECOVER: return "recover";
    case IR_SEND: return "<-";
    case IR_UNSAFEADD: return "unsafe.Add";
    case IR_UNSAFESLICE: return "unsafe.Slice";
    case IR_UNSAFESLICEDATA: return "unsafe.SliceData";
    case IR_UNSAFESTRING: return "unsafe.String";
    case IR_UNSAFESTRINGDATA: return "unsafe.StringData";
    case IR_BREAK: return "break";
    case IR_CONTINUE: return "continue";
    case IR_GOTO: return "goto";
    case IR_FALL: return "fallthrough";
    case IR_SELECT: return "select";
    case IR_SWITCH: return "switch";
    case IR_UNARY:
    case IR_BINARY:
    case IR_ASOP: return tok_string(n->tokop);
    default: return ir_op_names[n->op] + 1;
    }
}

static void expr_fmt(StrBuf *b, const IrNode *n, int p);

static void list_fmt(StrBuf *b, const IrNodes *l, const char *sep) {
    for (int i = 0; i < l->n; i++) {
        if (i) sb_puts(b, sep);
        ir_fmt(b, l->a[i]);
    }
}

static void quote_rune(StrBuf *b, uint32_t r) {
    sb_putc(b, '\'');
    switch (r) {
    case '\a': sb_puts(b, "\\a"); break;
    case '\b': sb_puts(b, "\\b"); break;
    case '\f': sb_puts(b, "\\f"); break;
    case '\n': sb_puts(b, "\\n"); break;
    case '\r': sb_puts(b, "\\r"); break;
    case '\t': sb_puts(b, "\\t"); break;
    case '\v': sb_puts(b, "\\v"); break;
    case '\'': sb_puts(b, "\\'"); break;
    case '\\': sb_puts(b, "\\\\"); break;
    default:
        if (r < 0x20 || r == 0x7f) sb_printf(b, "\\x%02x", r);
        else if (r < 0x80) sb_putc(b, (char)r);
        else if (r < 0xa0 || (r >= 0xd800 && r < 0xe000)) sb_printf(b, "\\u%04x", r);
        else {
            char u[4];
            int k = r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
            if (k == 2) u[0] = (char)(0xc0 | (r >> 6));
            else if (k == 3) u[0] = (char)(0xe0 | (r >> 12)), u[1] = (char)(0x80 | ((r >> 6) & 0x3f));
            else u[0] = (char)(0xf0 | (r >> 18)), u[1] = (char)(0x80 | ((r >> 12) & 0x3f)), u[2] = (char)(0x80 | ((r >> 6) & 0x3f));
            u[k - 1] = (char)(0x80 | (r & 0x3f));
            sb_putn(b, u, (size_t)k);
        }
    }
    sb_putc(b, '\'');
}

static Type *default_type(ConstKind k) {
    switch (k) {
    case CV_BOOL: return ty_basic[B_BOOL];
    case CV_STRING: return ty_basic[B_STRING];
    case CV_INT: return ty_basic[B_INT];
    case CV_FLOAT: return ty_basic[B_FLOAT64];
    case CV_COMPLEX: return ty_basic[B_COMPLEX128];
    default: return NULL;
    }
}

static void literal_fmt(StrBuf *b, const IrNode *n) {
    Type *t = n->type;
    Arena *a = arena_new();
    if (t == ty_rune && n->val.kind == CV_INT) {
        bool exact;
        uint64_t x = cv_uint64_val(n->val, &exact);
        if (exact && x <= 0x10ffff) {
            quote_rune(b, (uint32_t)x);
            arena_free(a);
            return;
        }
    }
    const char *s = cv_string_of(a, n->val);
    if (!t || t == default_type((ConstKind)n->val.kind) || irb_is_untyped(t)) {
        sb_puts(b, s);
    } else {
        fmt_type(b, t);
        sb_printf(b, "(%s)", s);
    }
    arena_free(a);
}

/* Locals print qualified too when they are another package's (the body of
 * an instantiation of an imported generic function). */
void ir_fmt_name(StrBuf *b, const IrName *nm) {
    if (!nm) {
        sb_puts(b, "<S>");
        return;
    }
    if (nm->obj && nm->obj->pkg && !(nm->class == PFUNC && nm->func)) qualifier(b, nm->obj->pkg);
    sb_puts(b, nm->sym->s);
}

static void name_fmt(StrBuf *b, const IrNode *n) { ir_fmt_name(b, n->name); }

static void conv_fmt(StrBuf *b, const IrNode *n) {
    if (!n->type || !irb_has_sym(n->type)) {
        sb_putc(b, '(');
        fmt_type(b, n->type);
        sb_putc(b, ')');
    } else {
        fmt_type(b, n->type);
    }
    sb_putc(b, '(');
    ir_fmt(b, n->x);
    sb_putc(b, ')');
}

static void call_args_fmt(StrBuf *b, const IrNode *n) {
    sb_putc(b, '(');
    list_fmt(b, &n->list, ", ");
    if (n->flags & IRF_ISDDD) sb_puts(b, "...");
    sb_putc(b, ')');
}

static void make_fmt(StrBuf *b, const IrNode *n) {
    sb_puts(b, "make(");
    fmt_type(b, n->type);
    if (n->y) {
        sb_puts(b, ", ");
        ir_fmt(b, n->x);
        sb_puts(b, ", ");
        ir_fmt(b, n->y);
    } else if (n->x && (n->op == IR_MAKESLICE || !irb_is_untyped(n->x->type))) {
        sb_puts(b, ", ");
        ir_fmt(b, n->x);
    }
    sb_putc(b, ')');
}

static void slice_fmt(StrBuf *b, const IrNode *n, int np) {
    expr_fmt(b, n->x, np);
    sb_putc(b, '[');
    if (n->y) ir_fmt(b, n->y);
    sb_putc(b, ':');
    if (n->z) ir_fmt(b, n->z);
    if (n->op == IR_SLICE3 || n->op == IR_SLICE3ARR) {
        sb_putc(b, ':');
        if (n->cond) ir_fmt(b, n->cond);
    }
    sb_putc(b, ']');
}

static void unary_fmt(StrBuf *b, const IrNode *n, int np) {
    sb_puts(b, op_name(n));
    if (n->x && n->x->op == n->op && (n->op != IR_UNARY || n->x->tokop == n->tokop) && n->op != IR_DEREF)
        sb_putc(b, ' ');
    expr_fmt(b, n->x, np + 1);
}

static void expr_fmt(StrBuf *b, const IrNode *n, int p) {
    for (;;) {
        if (!n) {
            sb_puts(b, "<nil>");
            return;
        }
        bool skip = (n->flags & IRF_IMPLICIT) &&
                    (n->op == IR_ADDR || n->op == IR_DEREF || n->op == IR_CONV || n->op == IR_CONVNOP || n->op == IR_CONVIFACE);
        if (!skip) break;
        n = n->x;
    }
    int np = prec(n);
    if (n->op == IR_TYPE && irb_is_ptr(n->type) && irb_unalias(n->type)->kind == T_POINTER) np = 7;
    if (p > np) {
        sb_putc(b, '(');
        ir_fmt(b, n);
        sb_putc(b, ')');
        return;
    }
    switch (n->op) {
    case IR_NIL: sb_puts(b, "nil"); return;
    case IR_LITERAL: literal_fmt(b, n); return;
    case IR_NAME: name_fmt(b, n); return;
    case IR_TYPE:
        if (n->flags & IRF_DYNTYPE) sb_puts(b, "<node DYNAMICTYPE>");
        else fmt_type(b, n->type);
        return;
    case IR_CLOSURE: sb_puts(b, "func literal"); return;
    case IR_PTRLIT: sb_putc(b, '&'); ir_fmt(b, n->x); return;
    case IR_STRUCTLIT: case IR_ARRAYLIT: case IR_SLICELIT: case IR_MAPLIT:
        if (n->flags & IRF_IMPLICIT) {
            sb_puts(b, "... argument");
            return;
        }
        fmt_type(b, n->type);
        sb_puts(b, n->list.n ? "{...}" : "{}");
        return;
    case IR_KEY:
        if (n->x) ir_fmt(b, n->x);
        sb_putc(b, ':');
        if (n->y) ir_fmt(b, n->y);
        return;
    case IR_STRUCTKEY:
        sb_printf(b, "%s:", n->sel ? n->sel->name->s : "?");
        ir_fmt(b, n->x);
        return;
    case IR_DOT: case IR_DOTPTR: case IR_DOTINTER: case IR_METHVALUE: case IR_METHEXPR:
        expr_fmt(b, n->x, np);
        sb_printf(b, ".%s", n->sel ? n->sel->name->s : "<nil>");
        return;
    case IR_DOTTYPE: case IR_DOTTYPE2:
        if (n->flags & IRF_DYNTYPE) {
            sb_puts(b, "<node DYNAMICDOTTYPE>");
            return;
        }
        expr_fmt(b, n->x, np);
        sb_puts(b, ".(");
        fmt_type(b, n->type);
        sb_putc(b, ')');
        return;
    case IR_INDEX: case IR_INDEXMAP:
        expr_fmt(b, n->x, np);
        sb_putc(b, '[');
        ir_fmt(b, n->y);
        sb_putc(b, ']');
        return;
    case IR_SLICE: case IR_SLICESTR: case IR_SLICEARR: case IR_SLICE3: case IR_SLICE3ARR: slice_fmt(b, n, np); return;
    case IR_COMPLEX: case IR_COPY: case IR_UNSAFEADD: case IR_UNSAFESLICE:
        sb_printf(b, "%s(", op_name(n));
        ir_fmt(b, n->x);
        sb_puts(b, ", ");
        ir_fmt(b, n->y);
        sb_putc(b, ')');
        return;
    case IR_CONV: case IR_CONVIFACE: case IR_CONVNOP: case IR_BYTES2STR: case IR_RUNES2STR: case IR_STR2BYTES:
    case IR_STR2RUNES: case IR_RUNESTR: case IR_SLICE2ARR: case IR_SLICE2ARRPTR: conv_fmt(b, n); return;
    case IR_REAL: case IR_IMAG: case IR_CAP: case IR_CLEAR: case IR_CLOSE: case IR_LEN: case IR_NEW: case IR_PANIC:
        sb_printf(b, "%s(", op_name(n));
        ir_fmt(b, n->x);
        sb_putc(b, ')');
        return;
    case IR_APPEND: case IR_DELETE: case IR_MAX: case IR_MIN: case IR_RECOVER: case IR_PRINT: case IR_PRINTLN:
        sb_puts(b, op_name(n));
        call_args_fmt(b, n);
        return;
    case IR_CALLFUNC: case IR_CALLINTER:
        expr_fmt(b, n->x, np);
        call_args_fmt(b, n);
        return;
    case IR_MAKESLICE: case IR_MAKEMAP: case IR_MAKECHAN: make_fmt(b, n); return;
    case IR_UNARY: case IR_RECV: case IR_ADDR: case IR_DEREF: unary_fmt(b, n, np); return;
    case IR_BINARY: case IR_ANDAND: case IR_OROR:
        expr_fmt(b, n->x, np);
        sb_printf(b, " %s ", op_name(n));
        expr_fmt(b, n->y, np + 1);
        return;
    case IR_SEND:
        expr_fmt(b, n->x, np);
        sb_puts(b, " <- ");
        expr_fmt(b, n->y, np + 1);
        return;
    case IR_ADDSTR:
        for (int i = 0; i < n->list.n; i++) {
            if (i) sb_puts(b, " + ");
            expr_fmt(b, n->list.a[i], np);
        }
        return;
    default: sb_printf(b, "<node %s>", op_name(n)); return;
    }
}

/* ---- statements ------------------------------------------------------------------------ */

static bool simple_init(const IrNode *n) {
    return n->init.n == 1 && n->init.a[0]->init.n == 0 && (n->op == IR_IF || n->op == IR_FOR || n->op == IR_SWITCH);
}

static void stmt_fmt(StrBuf *b, const IrNode *n) {
    switch (n->op) {
    case IR_DCL:
        sb_printf(b, "var %s ", n->name ? n->name->sym->s : "?");
        fmt_type(b, n->name ? n->name->type : NULL);
        return;
    case IR_AS:
        ir_fmt(b, n->x);
        sb_puts(b, (n->flags & IRF_DEFN) ? " := " : " = ");
        ir_fmt(b, n->y);
        return;
    case IR_ASOP:
        ir_fmt(b, n->x);
        if (n->flags & IRF_INCDEC) sb_puts(b, n->tokop == TK_ADD ? "++" : "--");
        else sb_printf(b, " %s= ", tok_string(n->tokop)), ir_fmt(b, n->y);
        return;
    case IR_AS2: case IR_AS2DOTTYPE: case IR_AS2FUNC: case IR_AS2MAPR: case IR_AS2RECV:
        list_fmt(b, &n->list, ", ");
        sb_puts(b, (n->flags & IRF_DEFN) ? " := " : " = ");
        list_fmt(b, &n->rlist, ", ");
        return;
    case IR_BLOCK: list_fmt(b, &n->list, "; "); return;
    case IR_RETURN: sb_puts(b, "return "); list_fmt(b, &n->list, ", "); return;
    case IR_GO: sb_puts(b, "go "); ir_fmt(b, n->x); return;
    case IR_DEFER: sb_puts(b, "defer "); ir_fmt(b, n->x); return;
    case IR_IF:
        sb_puts(b, "if ");
        if (simple_init(n)) ir_fmt(b, n->init.a[0]), sb_puts(b, "; ");
        ir_fmt(b, n->cond);
        sb_puts(b, " { ");
        list_fmt(b, &n->body, "; ");
        sb_puts(b, " }");
        if (n->els.n) sb_puts(b, " else { "), list_fmt(b, &n->els, "; "), sb_puts(b, " }");
        return;
    case IR_FOR: case IR_RANGE: sb_puts(b, "for loop"); return;
    case IR_SELECT: case IR_SWITCH: sb_printf(b, "%s statement", op_name(n)); return;
    case IR_CASE:
        if (n->list.n) sb_puts(b, "case "), list_fmt(b, &n->list, ", ");
        else sb_puts(b, "default");
        sb_puts(b, ": ");
        list_fmt(b, &n->body, "; ");
        return;
    case IR_BREAK: case IR_CONTINUE: case IR_GOTO: case IR_FALL:
        sb_puts(b, op_name(n));
        if (n->label) sb_printf(b, " %s", n->label->s);
        return;
    case IR_LABEL: sb_printf(b, "%s: ", n->label ? n->label->s : ""); return;
    default: return;
    }
}

void ir_fmt(StrBuf *b, const IrNode *n) {
    if (n && prec(n) < 0) stmt_fmt(b, n);
    else expr_fmt(b, n, 0);
}

char *ir_string(const IrNode *n) {
    StrBuf b = {0};
    ir_fmt(&b, n);
    if (!b.s) return xstrdup("");
    return b.s;
}
