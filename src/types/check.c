/* check.c: the checker's driver (go/types' check.go, errors.go,
 * recording.go, format.go).
 *
 * check_package runs the phases in go/types' order: collect objects, find
 * direct type cycles, declare package objects, run delayed actions
 * (function bodies, validity checks), initialization order, unused
 * imports, and finally records the remaining untyped expressions. Errors
 * are worded as types2 (which gc prints) and attached at the start of the
 * offending node; an error mentioning an invalid operand or type after the
 * first error is dropped, as types2 does. */
#include <stdio.h>
#include <string.h>

#include "types/check.h"

/* ---- the driver ----------------------------------------------------------- */

/* The list of delayed actions grows to a few MB for big packages: its
 * memory goes from one package to the next (of the same thread) instead of
 * growing anew each time. */
static _Thread_local struct {
    Action *a;
    int cap;
} spare_delayed;

static void init_checker(Checker *chk, Package *pkg, AstFile **files, int nfiles, int go_minor, ImportFn import,
                         void *import_ctx, TypesInfo *info, DiagList *errors, Arena *arena) {
    memset(chk, 0, sizeof *chk);
    chk->pkg = pkg;
    chk->files = files;
    chk->nfiles = nfiles;
    chk->info = info;
    chk->errors = errors;
    chk->arena = arena;
    chk->scratch = arena_new();
    chk->import = import;
    chk->import_ctx = import_ctx;
    chk->go_minor = go_minor;
    chk->delayed.a = spare_delayed.a;
    chk->delayed.cap = spare_delayed.cap;
    spare_delayed.a = NULL;
    spare_delayed.cap = 0;
}

static void free_checker(Checker *chk) {
    map_clear(&chk->objmap);
    map_clear(&chk->colors);
    vec_free(&chk->objpath);
    map_clear(&chk->methods);
    map_clear(&chk->untyped);
    free(spare_delayed.a);
    spare_delayed.a = chk->delayed.a;
    spare_delayed.cap = chk->delayed.cap;
    vec_free(&chk->unused_dot_imports);
    vec_free(&chk->objlist);
    map_clear(&chk->objpath_idx);
    map_clear(&chk->used_pkgnames);
    vec_free(&chk->imports);
    map_clear(&chk->dot_imports);
    vec_free(&chk->pending);
    map_clear(&chk->named_rhs);
    map_clear(&chk->sig_scopes);
    map_clear(&chk->panic_uses);
    map_clear(&chk->method_values);
    arena_free(chk->scratch);
}

/* declares an object of this package on demand for types.h's lookups */
static void decl_hook(Object *obj, void *ctx) {
    Checker *chk = ctx;
    if (obj->pkg == chk->pkg) check_obj_decl(chk, obj, NULL);
}

void check_package(Package *pkg, AstFile **files, int nfiles, int go_minor, ImportFn import, void *import_ctx,
                   TypesInfo *info, DiagList *errors, Arena *arena) {
    Checker c, *chk = &c;
    init_checker(chk, pkg, files, nfiles, go_minor, import, import_ctx, info, errors, arena);
    pkg->go_minor = go_minor;
    check_init_versions(chk);
    check_recorder_begin(chk);
    TyDeclHook old;
    ty_set_decl_hook((TyDeclHook){decl_hook, chk}, &old);
    check_collect_objects(chk);
    check_direct_cycles(chk);
    check_package_objects(chk);
    check_finish_pending(chk);
    check_process_delayed(chk, 0);
    check_init_order(chk);
    check_unused_imports(chk);
    record_untyped(chk);
    check_recorder_end(chk);
    pkg->complete = true;
    ty_set_decl_hook(old, NULL);
    free_checker(chk);
}

void check_later(Checker *chk, ActionFn fn, void *arg) {
    Action a = {fn, arg, chk->env};
    vec_push(&chk->delayed, a);
}

/* Actions may add further actions: the list grows while it is walked. */
void check_process_delayed(Checker *chk, int from) {
    for (int i = from; i < chk->delayed.n; i++) {
        Action a = chk->delayed.a[i];
        Env saved = chk->env;
        chk->env = a.env;
        a.fn(chk, a.arg);
        chk->env = saved;
    }
    chk->delayed.n = from;
}

/* ---- errors --------------------------------------------------------------- */

char *check_pos_string(Pos pos) {
    if (!pos.file) return xstrdup("-");
    return pos_in_msg(pos);
}

static bool is_invalid_err(const char *msg) {
    const char *a = strstr(msg, "invalid operand"), *b = strstr(msg, "invalid type");
    return (a && a > msg) || (b && b > msg);
}

static void report(Checker *chk, Pos pos, char *msg) {
    if (chk->nerrors > 0 && is_invalid_err(msg)) {
        free(msg);
        return;
    }
    if (chk->env.errat.file) pos = chk->env.errat;
    chk->nerrors++;
    diag_add(chk->errors, pos, "%s", msg);
    free(msg);
}

static char *vformat(Checker *chk, const char *fmt, va_list ap);

void check_errorf(Checker *chk, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = vformat(chk, fmt, ap);
    va_end(ap);
    report(chk, pos, msg);
}

void check_softf(Checker *chk, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = vformat(chk, fmt, ap);
    va_end(ap);
    report(chk, pos, msg);
}

void check_error_parts(Checker *chk, Pos pos, const char *msg, int nparts, const Pos *ppos, char **pmsg) {
    StrBuf b = {0};
    sb_puts(&b, msg);
    for (int i = 0; i < nparts; i++) {
        sb_puts(&b, "\n\t");
        if (ppos[i].file) {
            char *p = check_pos_string(ppos[i]);
            sb_printf(&b, "%s: ", p);
            free(p);
        }
        sb_puts(&b, pmsg[i]);
    }
    report(chk, pos, b.s ? b.s : xstrdup(""));
}

/* ---- formatting ----------------------------------------------------------- */

const char *check_qualifier(const Package *pkg, void *ctx) {
    Checker *chk = ctx;
    if (chk && pkg == chk->pkg) return NULL;
    return pkg->name ? pkg->name->s : pkg->path;
}

static const char *const mode_names[] = {
#define X(m, name) name,
    OPERAND_MODES(X)
#undef X
};

static void const_write(StrBuf *b, ConstVal v) {
    Arena *a = arena_new();
    sb_puts(b, cv_string_of(a, v));
    arena_free(a);
}

static void operand_write_q(StrBuf *b, const Operand *x, Checker *chk) {
    TyQualifier qf = chk ? check_qualifier : NULL;
    if (x->mode == OM_NILVALUE) {
        if (!x->type || x->type == ty_basic[B_INVALID]) sb_puts(b, "nil (with invalid type)");
        else if (x->type == ty_basic[B_UNTYPED_NIL]) sb_puts(b, "nil");
        else {
            sb_puts(b, "nil (of type ");
            ty_write(b, x->type, qf, chk);
            sb_putc(b, ')');
        }
        return;
    }
    StrBuf e = {0};
    if (x->expr) expr_write(&e, x->expr);
    else if (x->mode == OM_BUILTIN) sb_puts(&e, ty_builtins[x->id].name);
    else if (x->mode == OM_TYPEXPR) ty_write(&e, x->type, qf, chk);
    else if (x->mode == OM_CONSTANT) const_write(&e, x->val);
    bool has_expr = e.len > 0;
    if (has_expr) {
        sb_puts(b, e.s);
        sb_puts(b, " (");
    }
    bool has_type = false;
    if (x->mode != OM_INVALID && x->mode != OM_NOVALUE && x->mode != OM_BUILTIN && x->mode != OM_TYPEXPR && x->type) {
        if (ty_is_untyped(x->type)) {
            sb_puts(b, ty_unalias(x->type)->u.basic.name);
            sb_putc(b, ' ');
        } else has_type = true;
    }
    sb_puts(b, mode_names[x->mode]);
    if (x->mode == OM_CONSTANT) {
        StrBuf v = {0};
        const_write(&v, x->val);
        if (!has_expr || strcmp(v.s, e.s)) {
            sb_putc(b, ' ');
            sb_puts(b, v.s);
        }
        sb_free(&v);
    }
    if (has_type) {
        if (ty_is_valid(x->type)) {
            sb_puts(b, " of ");
            if (ty_is_generic(x->type)) sb_puts(b, "generic ");
            Type *ua = ty_unalias(x->type);
            bool tpar = ua && ua->kind == T_TYPEPARAM;
            if (!tpar && (x->type->kind == T_ALIAS || x->type->kind == T_NAMED)) {
                const char *what = check_composite_kind(x->type);
                if (!*what) what = ty_underlying(x->type)->u.basic.name; /* a renamed basic type */
                sb_puts(b, what);
                sb_putc(b, ' ');
            }
            sb_puts(b, "type ");
            ty_write(b, x->type, qf, chk);
            if (tpar) {
                sb_puts(b, " constrained by ");
                ty_write(b, ua->u.tparam.bound, qf, chk);
                if (ty_has_empty_typeset(ua)) sb_puts(b, " with empty type set");
            }
        } else sb_puts(b, " with invalid type");
    }
    if (has_expr) sb_putc(b, ')');
    sb_free(&e);
}

void operand_write(StrBuf *b, const Operand *x) { operand_write_q(b, x, NULL); }

/* object_write is go/types' ObjectString (used by %B). */
static void object_write(StrBuf *b, Object *obj, Checker *chk) {
    switch (obj->kind) {
    case OBJ_PKGNAME:
        sb_printf(b, "package %s", obj->name->s);
        if (obj->u.imported && obj->u.imported->path) sb_printf(b, " (\"%s\")", obj->u.imported->path);
        return;
    case OBJ_VAR: sb_puts(b, obj->u.var.vkind == VK_FIELD ? "field " : "var "); break;
    case OBJ_FUNC: sb_puts(b, "func "); break;
    default: sb_printf(b, "%s ", obj_kind_name(obj->kind)); break;
    }
    if (obj->pkg && obj->parent == obj->pkg->scope) {
        const char *q = check_qualifier(obj->pkg, chk);
        if (q) sb_printf(b, "%s.", q);
    }
    sb_puts(b, obj->name->s);
    if (obj->type && obj->kind != OBJ_BUILTIN && obj->kind != OBJ_NIL) {
        sb_putc(b, ' ');
        ty_write(b, obj->kind == OBJ_TYPENAME ? ty_underlying(obj->type) : obj->type, check_qualifier, chk);
    }
}

/* vformat understands %T (Type*), %O (Operand*), %E (AstNode*), %B
 * (Object*), %% and printf's %s, %d, %u, %c, %q-less plain conversions
 * with l/ll/z modifiers. */
static char *vformat(Checker *chk, const char *fmt, va_list ap) {
    StrBuf b = {0};
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            sb_putc(&b, *p);
            continue;
        }
        char spec[32];
        int n = 0;
        spec[n++] = *p++;
        while (*p && strchr("-+ #0123456789.", *p) && n < 20) spec[n++] = *p++;
        int longs = 0;
        bool z = false;
        while (*p == 'l' || *p == 'z') {
            if (*p == 'l') longs++;
            else z = true;
            spec[n++] = *p++;
        }
        spec[n++] = *p;
        spec[n] = 0;
        switch (*p) {
        case 'T': ty_write(&b, va_arg(ap, Type *), check_qualifier, chk); break;
        case 'O': operand_write_q(&b, va_arg(ap, Operand *), chk); break;
        case 'E': expr_write(&b, va_arg(ap, AstNode *)); break;
        case 'B': object_write(&b, va_arg(ap, Object *), chk); break;
        case '%': sb_putc(&b, '%'); break;
        case 's': sb_printf(&b, spec, va_arg(ap, const char *)); break;
        case 'c': sb_printf(&b, spec, va_arg(ap, int)); break;
        case 'd': case 'i': case 'u': case 'x':
            if (z) sb_printf(&b, spec, va_arg(ap, size_t));
            else if (longs >= 2) sb_printf(&b, spec, va_arg(ap, long long));
            else if (longs == 1) sb_printf(&b, spec, va_arg(ap, long));
            else sb_printf(&b, spec, va_arg(ap, int));
            break;
        case 'g': case 'f': sb_printf(&b, spec, va_arg(ap, double)); break;
        case 0: p--; break;
        default: die("check_sprintf: unknown verb %s", spec);
        }
    }
    return b.s ? b.s : xstrdup("");
}

char *check_sprintf(Checker *chk, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s = vformat(chk, fmt, ap);
    va_end(ap);
    char *r = arena_strndup(chk->arena, s, strlen(s));
    free(s);
    return r;
}

static Arena *info_arena(Checker *chk) { return chk->info->arena ? chk->info->arena : chk->arena; }

/* ---- recording -------------------------------------------------------------- */

/* The tables of TypesInfo but scopes are filled by the recorder
 * (recorder.c), possibly on another thread: the checker never reads them.
 * A new record of an expression replaces the earlier one. Nothing is
 * recorded (nor made to be) when the info is unread. */
void record_type_and_value(Checker *chk, AstNode *x, OperandMode mode, Type *t, ConstVal val) {
    if (mode == OM_INVALID || !x || chk->info->unread) return;
    if (mode == OM_BUILTIN && !t) t = ty_basic[B_INVALID]; /* go/types: builtins have the invalid type */
    TypeAndValue *tv = NEW(info_arena(chk), TypeAndValue);
    tv->mode = mode;
    tv->type = t;
    tv->val = mode == OM_CONSTANT ? val : cv_unknown();
    check_send_type(chk, x, tv);
}

void record_def(Checker *chk, AstNode *ident, Object *obj) {
    if (ident && !chk->info->unread) check_send_def(chk, ident, obj);
}

/* A recorded use of a package name is what makes an import used; uses of
 * the predeclared panic are kept for terminating statements (return.c). */
void record_use(Checker *chk, AstNode *ident, Object *obj) {
    if (ident) {
        if (!chk->info->unread) check_send_use(chk, ident, obj);
        if (obj && obj->kind == OBJ_BUILTIN && obj->u.builtin == BLT_PANIC) map_putp(&chk->panic_uses, ident, obj);
        else if (chk->panic_uses.len) map_delp(&chk->panic_uses, ident);
    }
    if (obj && obj->kind == OBJ_PKGNAME) check_use_pkgname(chk, obj);
}

void record_implicit(Checker *chk, AstNode *node, Object *obj) {
    if (!chk->info->unread) check_send_implicit(chk, node, obj);
}

void record_selection(Checker *chk, AstNode *x, SelKind kind, Type *recv, Object *obj, int *index, int nindex,
                      bool indirect) {
    if (!chk->info->unread) {
        Selection *s = NEW(info_arena(chk), Selection);
        *s = (Selection){obj, index, nindex, indirect, kind, recv};
        check_send_selection(chk, x, s);
    }
    if (x && x->kind == N_SelectorExpr) record_use(chk, x->u.sel.sel, obj);
}

void record_instance(Checker *chk, AstNode *ident, Type **targs, int ntargs, Type *type) {
    /* go/types records at the identifier of x, x.sel, x[...] */
    if (chk->info->unread) return;
    for (;;) {
        if (!ident) return;
        if (ident->kind == N_IndexExpr || ident->kind == N_IndexListExpr) ident = ident->u.index.x;
        else if (ident->kind == N_SelectorExpr) ident = ident->u.sel.sel;
        else if (ident->kind == N_ParenExpr) ident = ident->u.paren.x;
        else break;
    }
    if (ident->kind != N_Ident) return;
    Instance *in = NEW(info_arena(chk), Instance);
    in->targs = arena_dup(info_arena(chk), targs, sizeof(Type *) * (size_t)ntargs);
    in->ntargs = ntargs;
    in->type = type;
    check_send_instance(chk, ident, in);
}

/* Function types' scopes are recorded also when the tables are unread:
 * stmt.c looks for a declared function's scope there. */
void record_scope(Checker *chk, AstNode *node, Scope *scope) {
    if (node && (!chk->info->unread || node->kind == N_FuncType)) map_putp(&chk->info->scopes, node, scope);
}

/* record_untyped records the untyped expressions with their final types
 * (the keys are visited in a hash order: recording is order-free). */
void record_untyped(Checker *chk) {
    Map *m = &chk->untyped;
    for (uint32_t i = 0; i < m->cap && !chk->info->unread; i++) {
        if (!map_key_at(m, i) || !map_val_at(m, i)) continue;
        AstNode *x = (AstNode *)(uintptr_t)map_key_at(m, i);
        ExprInfo *in = map_val_at(m, i);
        record_type_and_value(chk, x, in->mode, in->type, in->val);
    }
    map_clear(m);
}

/* ---- scopes ----------------------------------------------------------------- */

void check_declare(Checker *chk, Scope *scope, AstNode *ident, Object *obj, Pos scope_pos) {
    if (strcmp(obj->name->s, "_") != 0) {
        Object *alt = scope_insert(scope, obj);
        if (alt) {
            char *m = check_sprintf(chk, "%s redeclared in this block", obj->name->s);
            char *o = check_sprintf(chk, "other declaration of %s", alt->name->s);
            check_error_parts(chk, obj->pos, m, 1, &alt->pos, &o);
            return;
        }
        obj->scope_pos = scope_pos;
    }
    if (ident) record_def(chk, ident, obj);
}

Object *check_lookup(Checker *chk, Sym *name) {
    for (Scope *s = chk->env.scope; s; s = s->parent) {
        Object *obj = scope_lookup(s, name);
        if (obj && (!chk->env.pos.file || !obj->scope_pos.file || pos_cmp(obj->scope_pos, chk->env.pos) <= 0))
            return obj;
    }
    return NULL;
}

void check_use_pkgname(Checker *chk, Object *pkgname) { map_putp(&chk->used_pkgnames, pkgname, pkgname); }

/* Only package-level objects of this package are in objmap: objects of
 * other packages and those declared in a scope inside it (locals) are
 * passed over without a lookup. */
void check_add_decl_dep(Checker *chk, Object *to) {
    DeclInfo *from = chk->env.decl;
    if (!from || to->pkg != chk->pkg || (to->parent && to->parent != chk->pkg->scope)) return;
    if (!map_getp(&chk->objmap, to)) return;
    map_putp(&from->deps, to, to);
}
