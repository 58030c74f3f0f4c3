/* selector.c: selector expressions x.f (go/types' call.go, selector).
 *
 * A selector is a package-qualified name when x names an imported
 * package; otherwise f is looked up in x's type (ty_lookup_field_or_method,
 * with index path and indirection) and the result is a field, a method
 * value (the signature without receiver) or, when x is a type, a method
 * expression (the receiver becomes the first parameter). Each records its
 * Selection and the use of f; failed lookups say why as types2 does
 * (ambiguous, pointer receiver, pointer to interface, wrong case). */
#include "types/check.h"

#include <string.h>
#include <strings.h>

static void sel_error(Operand *x, AstNode *e) {
    x->mode = OM_INVALID;
    x->type = ty_basic[B_INVALID];
    x->expr = e;
}

static void use_imported(Checker *chk, Operand *x, AstNode *e, Object *exp) {
    record_use(chk, e->u.sel.sel, exp);
    switch (exp->kind) {
    case OBJ_CONST:
        x->mode = OM_CONSTANT;
        x->type = exp->type;
        x->val = exp->u.val;
        break;
    case OBJ_TYPENAME:
        x->mode = OM_TYPEXPR;
        x->type = exp->type;
        break;
    case OBJ_VAR:
        x->mode = OM_VARIABLE;
        x->type = exp->type;
        break;
    case OBJ_FUNC:
        x->mode = OM_VALUE;
        x->type = exp->type;
        break;
    case OBJ_BUILTIN:
        x->mode = OM_BUILTIN;
        x->type = exp->type;
        x->id = exp->u.builtin;
        break;
    default: x->mode = OM_INVALID; break;
    }
    x->expr = e;
}

static bool valid_name(Sym *s) {
    return s->len > 0 && strcmp(s->s, "_") != 0;
}

/* A name that differs only in case, for "undefined: p.x (but have X)". */
static Object *lookup_ignoring_case(Scope *s, Sym *name) {
    for (int i = 0; i < s->objs.n; i++) {
        Object *o = s->objs.a[i];
        if (o->exported && o->name->len == name->len && !strcasecmp(o->name->s, name->s)) return o;
    }
    return NULL;
}

/* Package-qualified identifier; false if e.X is not a package name. */
static bool qualified_ident(Checker *chk, Operand *x, AstNode *e) {
    AstNode *id = e->u.sel.x;
    if (id->kind != N_Ident) return false;
    Object *obj = check_lookup(chk, id->u.ident.name);
    if (!obj || obj->kind != OBJ_PKGNAME) return false;
    record_use(chk, id, obj);
    Package *pkg = obj->u.imported;
    Sym *sel = e->u.sel.sel->u.ident.name;
    Object *exp = pkg && pkg->scope ? scope_lookup(pkg->scope, sel) : NULL;
    if (!exp) {
        if (pkg && !pkg->fake && valid_name(sel)) {
            Object *alt = pkg->scope ? lookup_ignoring_case(pkg->scope, sel) : NULL;
            if (alt) check_errorf(chk, e->u.sel.sel->pos, "undefined: %E (but have %s)", e, alt->name->s);
            else check_errorf(chk, e->u.sel.sel->pos, "undefined: %E", e);
        }
        sel_error(x, e);
        return true;
    }
    if (!exp->exported) check_errorf(chk, e->u.sel.sel->pos, "name %s not exported by package %s", sel->s,
                                     pkg->name ? pkg->name->s : "");
    use_imported(chk, x, e, exp);
    return true;
}

/* The signature of method expression T.m: the receiver becomes the first
 * parameter. */
static Type *method_expr_sig(Checker *chk, Type *recv_t, Type *sig) {
    Object *recv = sig->u.sig.recv;
    Type *params = sig->u.sig.params;
    int np = params->u.tuple.n;
    Object **vs = NEWARR(chk->arena, Object *, np + 1);
    Sym *name = intern_cstr("");
    if (np > 0 && params->u.tuple.vars[0]->name->len > 0) name = recv->name->len ? recv->name : intern_cstr("_");
    vs[0] = obj_var(VK_PARAM, recv->pos, recv->pkg, name, recv_t);
    for (int i = 0; i < np; i++) vs[i + 1] = params->u.tuple.vars[i];
    Type *t = ty_new(T_SIGNATURE);
    t->u.sig.tparams = sig->u.sig.tparams;
    t->u.sig.ntparams = sig->u.sig.ntparams;
    t->u.sig.params = ty_tuple(vs, np + 1);
    t->u.sig.results = sig->u.sig.results;
    t->u.sig.variadic = sig->u.sig.variadic;
    return t;
}

static Type *receiverless(Type *sig) {
    Type *t = ty_new(T_SIGNATURE);
    t->u.sig = sig->u.sig;
    t->u.sig.recv = NULL;
    return t;
}

/* The type of a method value: one per method and package, but while the
 * method is being declared (a cycle), when its signature is not final. */
static Type *method_value_sig(Checker *chk, Object *m) {
    if (map_getp(&chk->objpath_idx, m)) return receiverless(m->type);
    Type **slot = (Type **)map_slotp(&chk->method_values, m->type);
    if (!*slot) *slot = receiverless(m->type);
    return *slot;
}

static void selector_not_found(Checker *chk, Operand *x, AstNode *e, Lookup *lk) {
    Sym *sel = e->u.sel.sel->u.ident.name;
    Pos sp = e->u.sel.sel->pos;
    if (lk->nindex > 0) {
        check_errorf(chk, sp, "ambiguous selector %E.%s", x->expr, sel->s);
        return;
    }
    if (lk->indirect) {
        if (x->mode == OM_TYPEXPR)
            check_errorf(chk, sp, "invalid method expression %T.%s (needs pointer receiver (*%T).%s)", x->type, sel->s,
                         x->type, sel->s);
        else check_errorf(chk, sp, "cannot call pointer method %s on %T", sel->s, x->type);
        return;
    }
    const char *why;
    if (ty_is_interface_ptr(x->type)) {
        Type *p = ty_underlying(x->type);
        if (ty_is_typeparam(p->u.ptr.elem))
            why = check_sprintf(chk, "type %T is pointer to type parameter, not type parameter", x->type);
        else why = check_sprintf(chk, "type %T is pointer to interface, not interface", x->type);
    } else {
        Lookup alt = ty_lookup_impl(x->type, x->mode == OM_VARIABLE, chk->pkg, sel, true);
        why = check_lookup_error(chk, x->type, sel, alt.obj, false);
    }
    check_errorf(chk, sp, "%E.%s undefined (%s)", x->expr, sel->s, why);
}

void check_selector(Checker *chk, Operand *x, AstNode *e, Type *def, bool want_type) {
    (void)def;
    if (qualified_ident(chk, x, e)) return;
    check_expr_or_type(chk, x, e->u.sel.x, false);
    if (x->mode == OM_BUILTIN) {
        check_errorf(chk, ast_start(e), "invalid use of %O in selector expression", x);
        return sel_error(x, e);
    }
    if (x->mode == OM_INVALID || !check_is_complete(chk, x->type)) return sel_error(x, e);
    if (want_type) {
        check_errorf(chk, e->u.sel.sel->pos, "%E is not a type", e);
        return sel_error(x, e);
    }
    Sym *sel = e->u.sel.sel->u.ident.name;
    Type *xu = ty_underlying(x->type);
    if (xu && xu->kind == T_POINTER && !check_is_complete(chk, xu->u.ptr.elem)) return sel_error(x, e);
    Lookup lk = ty_lookup_field_or_method(x->type, x->mode == OM_VARIABLE, chk->pkg, sel);
    if (!lk.obj) {
        Type *u = ty_underlying(x->type);
        if (u && ty_is_valid(u)) selector_not_found(chk, x, e, &lk);
        return sel_error(x, e);
    }
    Object *obj = lk.obj;
    if (obj->kind == OBJ_VAR) {
        if (x->mode == OM_TYPEXPR) {
            check_errorf(chk, ast_start(e->u.sel.x), "operand for field selector %s must be value of type %T", sel->s,
                         x->type);
            return sel_error(x, e);
        }
        record_selection(chk, e, SEL_FIELD_VAL, x->type, obj, lk.index, lk.nindex, lk.indirect);
        x->mode = x->mode == OM_VARIABLE || lk.indirect ? OM_VARIABLE : OM_VALUE;
        x->type = obj->type;
        x->expr = e;
        return;
    }
    if (!obj->type) check_obj_decl(chk, obj, NULL);
    check_add_decl_dep(chk, obj);
    if (!obj->type || obj->type->kind != T_SIGNATURE) return sel_error(x, e);
    if (x->mode == OM_TYPEXPR) {
        record_selection(chk, e, SEL_METHOD_EXPR, x->type, obj, lk.index, lk.nindex, lk.indirect);
        if (!obj->type->u.sig.recv) {
            check_errorf(chk, ast_start(e), "illegal cycle in method declaration");
            return sel_error(x, e);
        }
        x->mode = OM_VALUE;
        x->type = method_expr_sig(chk, x->type, obj->type);
    } else {
        record_selection(chk, e, SEL_METHOD_VAL, x->type, obj, lk.index, lk.nindex, lk.indirect);
        x->mode = OM_VALUE;
        x->type = method_value_sig(chk, obj);
    }
    x->expr = e;
}
