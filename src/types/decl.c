/* decl.c: declarations of objects (go/types' decl.go and cycles.go).
 *
 * Package-level objects are type-checked on demand (check_obj_decl) with
 * go/types' colouring: an object on the object path is grey; meeting a
 * grey object again is a cycle, valid or not by validCycle's rules. Named
 * types get their underlying type from their right-hand side, possibly
 * through other Named types still being declared: those wait in
 * chk->pending until the chain resolves. Local declarations (declaration
 * statements) are checked in place. */
#include <string.h>

#include "types/check.h"

static bool is_blank(const Sym *s) { return s->len == 1 && s->s[0] == '_'; }

/* ---- the object path -------------------------------------------------------- */

static void push(Checker *chk, Object *obj) {
    map_putp(&chk->objpath_idx, obj, (void *)(uintptr_t)(chk->objpath.n + 1));
    vec_push(&chk->objpath, obj);
}

static void pop(Checker *chk) {
    Object *obj = chk->objpath.a[--chk->objpath.n];
    map_putp(&chk->objpath_idx, obj, NULL);
}

static int path_index(Checker *chk, Object *obj) { return (int)(uintptr_t)map_getp(&chk->objpath_idx, obj) - 1; }

static bool is_alias(Object *obj) {
    Type *t = obj->type;
    if (!t) return false;
    switch (t->kind) {
    case T_BASIC: return obj->pkg != NULL || strcmp(t->u.basic.name, obj->name->s) != 0 || t == ty_byte || t == ty_rune;
    case T_NAMED: return t->u.named.obj != obj;
    case T_TYPEPARAM: return t->u.tparam.obj != obj;
    default: return true;
    }
}

static int first_in_src(Object **cycle, int n) {
    int fst = 0;
    for (int i = 1; i < n; i++)
        if (pos_cmp_rel(cycle[i]->pos, cycle[fst]->pos) < 0) fst = i;
    return fst;
}

static char *cycle_name(Checker *chk, Object *obj) {
    Type *t = obj->type;
    if (t && t->kind == T_NAMED && t->u.named.ntargs) return check_sprintf(chk, "%T", t);
    const char *q = obj->pkg ? check_qualifier(obj->pkg, chk) : NULL;
    return q ? check_sprintf(chk, "%s.%s", q, obj->name->s) : check_sprintf(chk, "%s", obj->name->s);
}

void check_report_cycle(Checker *chk, Object **cycle, int n, int start) {
    Object *obj = cycle[start];
    bool tname = obj->kind == OBJ_TYPENAME;
    if (tname && obj->type && obj->type->kind == T_ALIAS) obj->type->u.alias.rhs = ty_basic[B_INVALID];
    if (n == 1) {
        if (tname) check_errorf(chk, obj->pos, "invalid recursive type: %s refers to itself", cycle_name(chk, obj));
        else check_errorf(chk, obj->pos, "invalid cycle in declaration: %s refers to itself", cycle_name(chk, obj));
        return;
    }
    char *msg = tname ? check_sprintf(chk, "invalid recursive type %s", cycle_name(chk, obj))
                      : check_sprintf(chk, "invalid cycle in declaration of %s", cycle_name(chk, obj));
    Pos *pp = NEWARR(chk->arena, Pos, n);
    char **pm = NEWARR(chk->arena, char *, n);
    for (int i = 0; i < n; i++) {
        Object *next = cycle[(start + i + 1) % n];
        pp[i] = obj->pos;
        pm[i] = check_sprintf(chk, "%s refers to %s", cycle_name(chk, obj), cycle_name(chk, next));
        obj = next;
    }
    check_error_parts(chk, cycle[start]->pos, msg, n, pp, pm);
}

static bool valid_cycle(Checker *chk, Object *obj) {
    int start = path_index(chk, obj);
    Object **cycle = chk->objpath.a + start;
    int n = chk->objpath.n - start, nval = 0, ndef = 0;
    for (int i = 0; i < n; i++) {
        Object *o = cycle[i];
        if (o->kind == OBJ_CONST || o->kind == OBJ_VAR) nval++;
        else if (o->kind == OBJ_TYPENAME) {
            if (chk->in_tparam_list && ty_is_generic(o->type)) return true;
            if (!is_alias(o)) ndef++;
        }
    }
    if (nval == n || (nval == 0 && ndef > 0)) return true;
    check_report_cycle(chk, cycle, n, first_in_src(cycle, n));
    return false;
}

/* check_is_complete: t has an underlying type (not a Named or Alias on the
 * object path); reports the cycle otherwise (go/types' isComplete). */
bool check_is_complete(Checker *chk, Type *t) {
    for (int guard = 0; t && guard < 1000; guard++) {
        Object *obj;
        Type *rhs;
        if (t->kind == T_ALIAS) obj = t->u.alias.obj, rhs = t->u.alias.rhs;
        else if (t->kind == T_NAMED) obj = t->u.named.obj, rhs = map_getp(&chk->named_rhs, t->u.named.orig);
        else return true;
        int i = obj ? path_index(chk, obj) : -1;
        if (i >= 0) {
            Object **cycle = chk->objpath.a + i;
            int n = chk->objpath.n - i;
            check_report_cycle(chk, cycle, n, first_in_src(cycle, n));
            return false;
        }
        if (!rhs) return true;
        t = rhs;
    }
    return true;
}

/* ---- direct cycles (cycles.go) ------------------------------------------------ */

static void direct_cycle(Checker *chk, Object *tname, Map *idx) {
    Vec(Object *) path = {0};
    for (;;) {
        uintptr_t v = (uintptr_t)map_getp(idx, tname);
        if (v == 1) break; /* done before: -1 */
        if (v >= 2) {
            int start = (int)(v - 2);
            tname->type = ty_basic[B_INVALID];
            check_report_cycle(chk, path.a + start, path.n - start, first_in_src(path.a + start, path.n - start));
            break;
        }
        map_putp(idx, tname, (void *)(uintptr_t)(path.n + 2));
        vec_push(&path, tname);
        DeclInfo *d = map_getp(&chk->objmap, tname);
        AstNode *rhs = d->tdecl->u.typespec.type;
        if (!rhs || rhs->kind != N_Ident) break;
        Object *next = scope_lookup(chk->pkg->scope, rhs->u.ident.name);
        if (!next || next->kind != OBJ_TYPENAME || !map_getp(&chk->objmap, next)) break;
        tname = next;
    }
    for (int i = 0; i < path.n; i++) map_putp(idx, path.a[i], (void *)(uintptr_t)1);
    vec_free(&path);
}

void check_direct_cycles(Checker *chk) {
    Map idx = {0};
    for (int i = 0; i < chk->objlist.n; i++)
        if (chk->objlist.a[i]->kind == OBJ_TYPENAME) direct_cycle(chk, chk->objlist.a[i], &idx);
    map_clear(&idx);
}

/* ---- Named types and their underlying types ------------------------------------ */

/* resolve_under follows a right-hand side to an underlying type: NULL while
 * a Named on the way has none yet. */
static Type *resolve_under(Checker *chk, Type *t) {
    for (int guard = 0; t && guard < 1000; guard++) {
        t = ty_unalias(t);
        if (!t || t->kind != T_NAMED) return t;
        Type *u = ty_named_underlying(t);
        if (u) return u;
        Type *rhs = map_getp(&chk->named_rhs, t);
        if (!rhs) return NULL;
        t = rhs;
    }
    return NULL;
}

static void retry_pending(Checker *chk) {
    for (bool progress = true; progress;) {
        progress = false;
        for (int i = 0; i < chk->pending.n; i++) {
            Type *n = chk->pending.a[i];
            Type *u = resolve_under(chk, map_getp(&chk->named_rhs, n));
            if (!u) continue;
            n->u.named.underlying = u;
            chk->pending.a[i--] = chk->pending.a[--chk->pending.n];
            progress = true;
        }
    }
}

static void set_named_rhs(Checker *chk, Type *named, Type *rhs) {
    map_putp(&chk->named_rhs, named, rhs);
    Type *u = resolve_under(chk, rhs);
    if (u) named->u.named.underlying = u;
    else vec_push(&chk->pending, named);
    retry_pending(chk);
}

/* finish_pending gives the Named types still waiting (cycles reported
 * elsewhere) the invalid type. */
void check_finish_pending(Checker *chk) {
    retry_pending(chk);
    for (int i = 0; i < chk->pending.n; i++) chk->pending.a[i]->u.named.underlying = ty_basic[B_INVALID];
    chk->pending.n = 0;
}

static Type *new_named(Object *obj) {
    Type *t = ty_new(T_NAMED);
    t->u.named.obj = obj;
    t->u.named.orig = t;
    obj->type = t;
    return t;
}

static Type *new_alias(Object *obj) {
    Type *t = ty_new(T_ALIAS);
    t->u.alias.obj = obj;
    t->u.alias.orig = t;
    t->u.alias.rhs = NULL; /* incomplete: unaliases to NULL (valid) until its rhs is known */
    obj->type = t;
    return t;
}

/* ---- type declarations ----------------------------------------------------------- */

typedef struct TypeLater {
    Object *obj;
    AstNode *tdecl;
    Type *rhs;
    bool version_err;
} TypeLater;

static bool is_imported_constraint(Checker *chk, Type *t) {
    t = ty_unalias(t);
    if (!t || t->kind != T_NAMED) return false;
    Object *o = t->u.named.obj;
    if (!o->pkg || o->pkg == chk->pkg) return false;
    Type *u = ty_underlying(t);
    return u && u->kind == T_INTERFACE && !ts_is_method_set(ts_of(u));
}

static void type_later(Checker *chk, void *arg) {
    TypeLater *tl = arg;
    Type *t = ty_unalias(tl->obj->type);
    if (t && t->kind == T_NAMED) check_valid_type(chk, t);
    if (!tl->version_err && tl->rhs && is_imported_constraint(chk, tl->rhs) && !check_allow_version(chk, 18)) {
        char *what = check_sprintf(chk, "using type constraint %T", tl->rhs);
        check_verify_version(chk, ast_start(tl->tdecl->u.typespec.type), 18, what);
    }
}

static void open_tparam_scope(Checker *chk, AstNode *tdecl) {
    Pos start = ast_start(tdecl), end = ast_end(tdecl);
    chk->env.scope = scope_new(chk->env.scope, start, end, "type parameters");
    record_scope(chk, tdecl, chk->env.scope);
}

static void alias_decl(Checker *chk, Object *obj, AstNode *tdecl, TypeLater *tl) {
    AstNode *tps = tdecl->u.typespec.tparams;
    bool has_tps = tps && tps->u.fields.list.n;
    if (has_tps && !check_verify_version(chk, ast_start(tps->u.fields.list.a[0]), 23, "generic type alias"))
        tl->version_err = true;
    if (!tl->version_err && !check_verify_version(chk, tdecl->u.typespec.assign, 9, "type alias")) tl->version_err = true;
    Type *alias = new_alias(obj);
    Scope *saved = chk->env.scope;
    if (has_tps) {
        open_tparam_scope(chk, tdecl);
        check_collect_tparams(chk, tps, &alias->u.alias.tparams, &alias->u.alias.ntparams);
    }
    Type *rhs = check_defined_type(chk, tdecl->u.typespec.type, alias);
    tl->rhs = rhs;
    alias->u.alias.rhs = rhs;
    if (rhs->kind == T_TYPEPARAM) {
        for (int i = 0; i < alias->u.alias.ntparams; i++)
            if (alias->u.alias.tparams[i] == rhs) {
                check_errorf(chk, ast_start(tdecl->u.typespec.type),
                             "cannot use type parameter declared in alias declaration as RHS");
                alias->u.alias.rhs = ty_basic[B_INVALID];
                break;
            }
    }
    chk->env.scope = saved;
}

static void type_decl(Checker *chk, Object *obj, AstNode *tdecl) {
    TypeLater *tl = NEW(chk->arena, TypeLater);
    tl->obj = obj;
    tl->tdecl = tdecl;
    check_later(chk, type_later, tl);
    if (tdecl->u.typespec.assign.file) {
        alias_decl(chk, obj, tdecl, tl);
        return;
    }
    AstNode *tps = tdecl->u.typespec.tparams;
    if (tps && tps->u.fields.list.n && !check_verify_version(chk, ast_start(tps->u.fields.list.a[0]), 18, "type parameter"))
        tl->version_err = true;
    Type *named = new_named(obj);
    Scope *saved = chk->env.scope;
    if (tps) {
        open_tparam_scope(chk, tdecl);
        check_collect_tparams(chk, tps, &named->u.named.tparams, &named->u.named.ntparams);
    }
    Type *rhs = check_defined_type(chk, tdecl->u.typespec.type, named);
    tl->rhs = rhs;
    if (ty_is_typeparam(rhs)) {
        check_errorf(chk, ast_start(tdecl->u.typespec.type), "cannot use a type parameter as RHS in type declaration");
        rhs = ty_basic[B_INVALID];
    }
    set_named_rhs(chk, named, rhs);
    chk->env.scope = saved;
}

/* ---- methods ------------------------------------------------------------------------ */

static void add_method(Type *named, Object *m) {
    int n = named->u.named.nmethods;
    Object **a = NEWARR(ty_arena(), Object *, n + 1);
    if (n) memcpy(a, named->u.named.methods, sizeof(Object *) * (size_t)n);
    a[n] = m;
    named->u.named.methods = a;
    named->u.named.nmethods = n + 1;
}

static void field_uniqueness(Checker *chk, void *arg) {
    Type *base = arg;
    Type *u = base->u.named.underlying;
    if (!u || u->kind != T_STRUCT) return;
    Map mset = {0};
    for (int i = 0; i < base->u.named.nmethods; i++) {
        Object *m = base->u.named.methods[i];
        map_putp(&mset, obj_id(m), m);
    }
    for (int i = 0; i < u->u.strct.nfields; i++) {
        Object *fld = u->u.strct.fields[i];
        if (is_blank(fld->name)) continue;
        Object *alt = map_getp(&mset, obj_id(fld));
        if (!alt) continue;
        char *msg = check_sprintf(chk, "field and method with the same name %s", fld->name->s);
        char *o = check_sprintf(chk, "other declaration of %s", fld->name->s);
        check_error_parts(chk, alt->pos, msg, 1, &fld->pos, &o);
    }
    map_clear(&mset);
}

static void collect_methods(Checker *chk, Object *obj) {
    Vec(Object *) *list = map_getp(&chk->methods, obj);
    if (!list) return;
    map_putp(&chk->methods, obj, NULL);
    Type *base = ty_unalias(obj->type);
    if (base && base->kind != T_NAMED) base = NULL;
    Map mset = {0};
    if (base) {
        check_later(chk, field_uniqueness, base);
        for (int i = 0; i < base->u.named.nmethods; i++)
            map_putp(&mset, obj_id(base->u.named.methods[i]), base->u.named.methods[i]);
    }
    for (int i = 0; i < list->n; i++) {
        Object *m = list->a[i];
        Object *alt = map_getp(&mset, obj_id(m));
        if (alt) {
            char *p = check_pos_string(alt->pos);
            check_errorf(chk, m->pos, "method %s.%s already declared at %s", obj->name->s, m->name->s, p);
            free(p);
            continue;
        }
        map_putp(&mset, obj_id(m), m);
        if (base) add_method(base, m);
    }
    map_clear(&mset);
}

/* ---- functions ------------------------------------------------------------------------ */

typedef struct FuncLater {
    DeclInfo *decl;
    Object *obj;
} FuncLater;

static void func_body_later(Checker *chk, void *arg) {
    FuncLater *fl = arg;
    AstNode *fd = fl->decl->fdecl;
    check_func_body(chk, fl->decl, fl->obj->name, fl->obj->type, fd->u.funcdecl.body, NULL);
}

static void func_decl(Checker *chk, Object *obj, DeclInfo *d) {
    Type *sig = check_new_signature();
    obj->type = sig; /* guard against cycles */
    AstNode *fd = d->fdecl;
    check_func_type_into(chk, sig, fd->u.funcdecl.recv, fd->u.funcdecl.type);
    Scope *s = check_sig_scope(chk, sig);
    if (s) {
        s->pos = ast_start(fd);
        s->end = ast_end(fd);
    }
    AstNode *tps = fd->u.funcdecl.type->u.functype.tparams;
    if (tps && tps->u.fields.list.n && !fd->u.funcdecl.body)
        check_softf(chk, fd->u.funcdecl.name->pos, "generic function is missing function body");
    if (fd->u.funcdecl.body) {
        FuncLater *fl = NEW(chk->arena, FuncLater);
        fl->decl = d;
        fl->obj = obj;
        check_later(chk, func_body_later, fl);
    }
}

/* ---- constants and variables --------------------------------------------------------------- */

static void const_decl(Checker *chk, Object *obj, AstNode *typ, AstNode *init, bool inherited) {
    bool has_iota = chk->env.has_iota;
    ConstVal iota = chk->env.iota;
    Pos errat = chk->env.errat;
    chk->env.has_iota = true;
    chk->env.iota = obj->u.val;
    chk->env.errat = (Pos){0};
    obj->u.val = cv_unknown();
    Operand x = {0};
    x.mode = OM_INVALID;
    if (typ) {
        Type *t = check_typ(chk, typ);
        if (!ty_is_basic(t, BI_CONSTTYPE)) {
            if (ty_is_valid(ty_underlying(t))) check_errorf(chk, ast_start(typ), "invalid constant type %T", t);
            obj->type = ty_basic[B_INVALID];
            goto out;
        }
        obj->type = t;
    }
    if (init) {
        if (inherited) chk->env.errat = obj->pos;
        check_expr(chk, NULL, &x, init);
    }
    check_init_const(chk, obj, &x);
out:
    chk->env.has_iota = has_iota;
    chk->env.iota = iota;
    chk->env.errat = errat;
}

static void init_var(Checker *chk, Object *lhs, Operand *x, const char *context) {
    if (x->mode == OM_INVALID || !ty_is_valid(x->type) || (lhs->type && !ty_is_valid(lhs->type))) {
        if (!lhs->type) lhs->type = ty_basic[B_INVALID];
        x->mode = OM_INVALID;
        return;
    }
    if (!lhs->type) {
        Type *t = x->type;
        if (ty_is_untyped(t)) {
            if (t == ty_basic[B_UNTYPED_NIL]) {
                check_errorf(chk, ast_start(x->expr), "use of untyped nil in %s", context);
                lhs->type = ty_basic[B_INVALID];
                x->mode = OM_INVALID;
                return;
            }
            t = ty_default(t);
        }
        lhs->type = t;
    }
    check_assignment(chk, x, lhs->type, context);
}

static void var_decl(Checker *chk, Object *obj, Object **lhs, int nlhs, AstNode *typ, AstNode *init) {
    if (typ) obj->type = check_var_type(chk, typ);
    if (!init) {
        if (!typ) obj->type = ty_basic[B_INVALID];
        return;
    }
    if (!lhs || nlhs == 1) {
        Operand x = {0};
        Type *target = obj->type && ty_underlying(obj->type) && ty_underlying(obj->type)->kind == T_SIGNATURE
                           ? obj->type : NULL;
        check_expr(chk, target, &x, init);
        init_var(chk, obj, &x, "variable declaration");
        return;
    }
    if (typ)
        for (int i = 0; i < nlhs; i++) lhs[i]->type = obj->type;
    AstNode *rhs[1] = {init};
    check_init_vars(chk, lhs, nlhs, (AstList){rhs, 1}, NULL);
}

/* ---- objDecl ---------------------------------------------------------------------------- */

void check_obj_decl(Checker *chk, Object *obj, Type *def) {
    (void)def;
    if (path_index(chk, obj) >= 0) {
        switch (obj->kind) {
        case OBJ_CONST:
        case OBJ_VAR:
            if (!valid_cycle(chk, obj) || !obj->type) obj->type = ty_basic[B_INVALID];
            break;
        case OBJ_TYPENAME:
            if (!valid_cycle(chk, obj)) obj->type = ty_basic[B_INVALID];
            break;
        case OBJ_FUNC: valid_cycle(chk, obj); break;
        default: die("check_obj_decl: unexpected object kind %d", obj->kind);
        }
        if (!obj->type) obj->type = ty_basic[B_INVALID];
        return;
    }
    if (obj->type) return;
    DeclInfo *d = map_getp(&chk->objmap, obj);
    if (!d) die("check_obj_decl: %s has no declaration", obj->name->s);
    push(chk, obj);
    Env saved = chk->env;
    memset(&chk->env, 0, sizeof chk->env);
    chk->env.scope = d->file;
    chk->env.version = check_decl_version(chk, d->afile);
    switch (obj->kind) {
    case OBJ_CONST:
        chk->env.decl = d;
        const_decl(chk, obj, d->vtyp, d->init, d->inherited);
        break;
    case OBJ_VAR:
        chk->env.decl = d;
        var_decl(chk, obj, d->lhs, d->nlhs, d->vtyp, d->init);
        break;
    case OBJ_TYPENAME:
        type_decl(chk, obj, d->tdecl);
        collect_methods(chk, obj);
        break;
    case OBJ_FUNC: func_decl(chk, obj, d); break;
    default: die("check_obj_decl: unexpected object kind %d", obj->kind);
    }
    chk->env = saved;
    pop(chk);
}

void check_obj_decl_pkg(Checker *chk, Object *obj) { check_obj_decl(chk, obj, NULL); }

/* ---- declaration statements --------------------------------------------------------------------- */

static void local_consts(Checker *chk, AstNode *s, AstNode *last, int iota, bool inherited) {
    int top = chk->delayed.n;
    AstList names = s->u.value.names;
    AstList inits = last ? last->u.value.values : (AstList){0};
    Object **lhs = NEWARR(chk->arena, Object *, names.n);
    for (int i = 0; i < names.n; i++) {
        AstNode *id = names.a[i];
        Object *obj = obj_new(OBJ_CONST, id->pos, chk->pkg, id->u.ident.name, NULL);
        obj->u.val = cv_int64(iota);
        lhs[i] = obj;
        const_decl(chk, obj, last ? last->u.value.type : NULL, i < inits.n ? inits.a[i] : NULL, inherited);
    }
    check_process_delayed(chk, top);
    Pos scope_pos = ast_end(s);
    for (int i = 0; i < names.n; i++) check_declare(chk, chk->env.scope, names.a[i], lhs[i], scope_pos);
}

static void local_vars(Checker *chk, AstNode *s) {
    int top = chk->delayed.n;
    AstList names = s->u.value.names, vals = s->u.value.values;
    Object **lhs0 = NEWARR(chk->arena, Object *, names.n);
    for (int i = 0; i < names.n; i++) {
        AstNode *id = names.a[i];
        lhs0[i] = obj_var(VK_LOCAL, id->pos, chk->pkg, id->u.ident.name, NULL);
    }
    for (int i = 0; i < names.n; i++) {
        Object **lhs = NULL;
        int nlhs = 0;
        AstNode *init = NULL;
        if (vals.n == names.n) init = vals.a[i];
        else if (vals.n == 1) lhs = lhs0, nlhs = names.n, init = vals.a[0];
        else if (i < vals.n) init = vals.a[i];
        var_decl(chk, lhs0[i], lhs, nlhs, s->u.value.type, init);
        if (vals.n == 1) break;
    }
    check_process_delayed(chk, top);
    Pos scope_pos = ast_end(s);
    for (int i = 0; i < names.n; i++) check_declare(chk, chk->env.scope, names.a[i], lhs0[i], scope_pos);
}

void check_decl_stmt(Checker *chk, AstNode *decl) {
    if (decl->kind != N_GenDecl) return;
    AstNode *last = NULL;
    AstList specs = decl->u.gendecl.specs;
    for (int iota = 0; iota < specs.n; iota++) {
        AstNode *s = specs.a[iota];
        if (s->kind == N_TypeSpec) {
            AstNode *id = s->u.typespec.name;
            Object *obj = obj_new(OBJ_TYPENAME, id->pos, chk->pkg, id->u.ident.name, NULL);
            check_declare(chk, chk->env.scope, id, obj, id->pos);
            push(chk, obj);
            type_decl(chk, obj, s);
            pop(chk);
        } else if (s->kind == N_ValueSpec && decl->u.gendecl.tok == TK_CONST) {
            bool inherited = true;
            if (s->u.value.type || s->u.value.values.n) last = s, inherited = false;
            else if (!last) inherited = false;
            check_arity_match(chk, s, last ? last : s);
            local_consts(chk, s, last, iota, inherited);
        } else if (s->kind == N_ValueSpec) {
            check_arity_match(chk, s, NULL);
            local_vars(chk, s);
        }
    }
}
