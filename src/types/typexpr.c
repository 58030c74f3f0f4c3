/* typexpr.c: type expressions (go/types' typexpr.go, signature.go,
 * struct.go, interface.go, union.go and the type parameter parts of
 * decl.go).
 *
 * Every type expression is recorded with mode "type" where go/types
 * records it (declaredType / genericType). Checks that need complete
 * types (map keys, embedded fields, receivers, union terms, instance
 * verification, interface type sets) run as delayed actions, as in
 * go/types, so that recursive declarations are finished first. */
#include <string.h>

#include "types/check.h"

static bool is_blank(const Sym *s) { return s->len == 1 && s->s[0] == '_'; }

static AstNode *unparen(AstNode *e) {
    while (e && e->kind == N_ParenExpr) e = e->u.paren.x;
    return e;
}

static Type *typ_internal(Checker *chk, AstNode *e, Type *def);

/* ---- identifiers --------------------------------------------------------------- */

static Object *lookup_scope(Checker *chk, Sym *name, Scope **found) {
    for (Scope *s = chk->env.scope; s; s = s->parent) {
        Object *obj = scope_lookup(s, name);
        if (obj && (!chk->env.pos.file || !obj->scope_pos.file || pos_cmp(obj->scope_pos, chk->env.pos) <= 0)) {
            *found = s;
            return obj;
        }
    }
    *found = NULL;
    return NULL;
}

static void invalidate(Operand *x, AstNode *e) {
    memset(x, 0, sizeof *x);
    x->mode = OM_INVALID;
    x->type = ty_basic[B_INVALID];
    x->expr = e;
}

/* object_kind is types2's objectKind (for "x (kind) is not a type"). */
static const char *object_kind(Object *obj) {
    switch (obj->kind) {
    case OBJ_PKGNAME: return "package name";
    case OBJ_CONST: return "constant";
    case OBJ_TYPENAME:
        if (obj->type && obj->type->kind == T_TYPEPARAM) return "type parameter";
        return obj->type && obj->type->kind == T_ALIAS ? "type alias" : "defined type";
    case OBJ_VAR:
        switch (obj->u.var.vkind) {
        case VK_PACKAGE: return "package-level variable";
        case VK_RECV: return "receiver";
        case VK_PARAM: return "parameter";
        case VK_RESULT: return "result variable";
        case VK_FIELD: return "struct field";
        default: return "local variable";
        }
    case OBJ_FUNC: return obj->type && obj->type->kind == T_SIGNATURE && obj->type->u.sig.recv ? "method" : "function";
    case OBJ_LABEL: return "label";
    case OBJ_BUILTIN: return "built-in function";
    case OBJ_NIL: return "untyped nil";
    default: return "object";
    }
}

void check_ident(Checker *chk, Operand *x, AstNode *e, Type *def, bool want_type) {
    (void)def;
    invalidate(x, e);
    Sym *name = e->u.ident.name;
    Scope *scope;
    Object *obj = lookup_scope(chk, name, &scope);
    if (!obj) {
        if (is_blank(name)) check_errorf(chk, e->pos, "cannot use _ as value or type");
        else check_errorf(chk, e->pos, "undefined: %s", name->s);
        return;
    }
    if (obj->kind == OBJ_TYPENAME && !obj->pkg && (obj->type == ty_any || obj->type == ty_comparable)) {
        char *what = check_sprintf(chk, "predeclared %s", name->s);
        if (!check_verify_version(chk, e->pos, 18, what)) return;
    }
    record_use(chk, e, obj);
    bool got_type = obj->kind == OBJ_TYPENAME;
    if (!got_type && want_type) {
        check_errorf(chk, e->pos, "%s (%s) is not a type", name->s, object_kind(obj));
        if (obj->kind == OBJ_VAR && obj->pkg == chk->pkg) obj->u.var.used = true;
        return;
    }
    Type *typ = obj->type;
    if (obj->kind == OBJ_BUILTIN && !typ) typ = ty_basic[B_INVALID];
    if (!typ || (got_type && want_type && obj->pkg == chk->pkg)) {
        check_obj_decl(chk, obj, NULL);
        typ = obj->type;
    }
    if (!typ) die("check_ident: %s has no type", name->s);
    Map *dm = scope ? map_getp(&chk->dot_imports, scope) : NULL;
    Object *pn = dm ? map_getp(dm, name) : NULL;
    if (pn) check_use_pkgname(chk, pn);
    switch (obj->kind) {
    case OBJ_PKGNAME: check_errorf(chk, e->pos, "use of package %s not in selector", name->s); return;
    case OBJ_CONST:
        check_add_decl_dep(chk, obj);
        if (!ty_is_valid(typ)) return;
        if (!obj->pkg && !strcmp(name->s, "iota")) {
            if (!chk->env.has_iota) {
                check_errorf(chk, e->pos, "cannot use iota outside constant declaration");
                return;
            }
            x->val = chk->env.iota;
        } else x->val = obj->u.val;
        x->mode = OM_CONSTANT;
        break;
    case OBJ_TYPENAME: x->mode = OM_TYPEXPR; break;
    case OBJ_VAR:
        if (obj->pkg == chk->pkg) obj->u.var.used = true;
        check_add_decl_dep(chk, obj);
        if (!ty_is_valid(typ)) return;
        x->mode = OM_VARIABLE;
        break;
    case OBJ_FUNC:
        check_add_decl_dep(chk, obj);
        x->mode = OM_VALUE;
        break;
    case OBJ_BUILTIN:
        x->id = obj->u.builtin;
        x->mode = OM_BUILTIN;
        break;
    case OBJ_NIL: x->mode = OM_NILVALUE; break;
    default: die("check_ident: unexpected object");
    }
    x->type = typ;
}

/* check_qualified_ident handles pkg.Name (go/types' selector for package
 * names); false if e.X does not denote a package. */
bool check_qualified_ident(Checker *chk, Operand *x, AstNode *e) {
    AstNode *id = e->u.sel.x;
    if (!id || id->kind != N_Ident) return false;
    Object *pn = check_lookup(chk, id->u.ident.name);
    if (!pn || pn->kind != OBJ_PKGNAME) return false;
    invalidate(x, e);
    record_use(chk, id, pn);
    check_use_pkgname(chk, pn);
    Package *pkg = pn->u.imported;
    Sym *sel = e->u.sel.sel->u.ident.name;
    Object *exp = scope_lookup(pkg->scope, sel);
    if (!exp) {
        if (!pkg->fake && !is_blank(sel)) check_errorf(chk, e->u.sel.sel->pos, "undefined: %E", e);
        return true;
    }
    if (!ty_is_exported(exp->name))
        check_errorf(chk, e->u.sel.sel->pos, "name %s not exported by package %s", sel->s, pkg->name->s);
    record_use(chk, e->u.sel.sel, exp);
    x->type = exp->type;
    switch (exp->kind) {
    case OBJ_CONST:
        x->mode = OM_CONSTANT;
        x->val = exp->u.val;
        break;
    case OBJ_TYPENAME: x->mode = OM_TYPEXPR; break;
    case OBJ_VAR: x->mode = OM_VARIABLE; break;
    case OBJ_FUNC: x->mode = OM_VALUE; break;
    case OBJ_BUILTIN:
        x->mode = OM_BUILTIN;
        x->id = exp->u.builtin;
        if (!x->type) x->type = ty_basic[B_INVALID];
        break;
    default: die("check_qualified_ident: unexpected object");
    }
    return true;
}

/* ---- declaredType and friends ------------------------------------------------------ */

static Type *declared_type(Checker *chk, AstNode *e, Type *def) {
    Type *typ = typ_internal(chk, e, def);
    if (ty_is_generic(typ)) {
        check_errorf(chk, ast_start(e), "cannot use generic type %T without instantiation", typ);
        typ = ty_basic[B_INVALID];
    }
    record_type_and_value(chk, e, OM_TYPEXPR, typ, cv_unknown());
    return typ;
}

Type *check_typ(Checker *chk, AstNode *e) { return declared_type(chk, e, NULL); }
Type *check_defined_type(Checker *chk, AstNode *e, Type *def) { return declared_type(chk, e, def); }

typedef struct VarTypeLater {
    AstNode *e;
    Type *typ;
} VarTypeLater;

static void var_type_later(Checker *chk, void *arg) {
    VarTypeLater *v = arg;
    Type *u = ty_underlying(v->typ);
    if (!u || u->kind != T_INTERFACE) return;
    TypeSet *ts = ts_of(u);
    if (ts_is_method_set(ts)) return;
    if (ts->comparable)
        check_softf(chk, ast_start(v->e),
                    "cannot use type %T outside a type constraint: interface is (or embeds) comparable", v->typ);
    else
        check_softf(chk, ast_start(v->e),
                    "cannot use type %T outside a type constraint: interface contains type constraints", v->typ);
}

static void valid_var_type(Checker *chk, AstNode *e, Type *typ) {
    if (ty_is_typeparam(typ)) return;
    VarTypeLater *v = NEW(chk->scratch, VarTypeLater);
    v->e = e;
    v->typ = typ;
    check_later(chk, var_type_later, v);
}

Type *check_var_type(Checker *chk, AstNode *e) {
    Type *typ = declared_type(chk, e, NULL);
    valid_var_type(chk, e, typ);
    return typ;
}

Type *check_generic_type(Checker *chk, AstNode *e, bool report) {
    Type *typ = typ_internal(chk, e, NULL);
    if (ty_is_valid(typ) && !ty_is_generic(typ)) {
        if (report) check_errorf(chk, ast_start(e), "%T is not a generic type", typ);
        typ = ty_basic[B_INVALID];
    }
    record_type_and_value(chk, e, OM_TYPEXPR, typ, cv_unknown());
    return typ;
}

/* ---- instantiation ------------------------------------------------------------------- */

typedef struct InstLater {
    AstNode *orig;   /* the index expression */
    Type *inst;
    Type **targs;
    int ntargs;
} InstLater;

static Type **orig_tparams(Type *t, int *n) {
    Type *o = t->kind == T_NAMED ? t->u.named.orig : t->u.alias.orig;
    if (o->kind == T_NAMED) {
        *n = o->u.named.ntparams;
        return o->u.named.tparams;
    }
    *n = o->u.alias.ntparams;
    return o->u.alias.tparams;
}


static void inst_later(Checker *chk, void *arg) {
    InstLater *il = arg;
    record_instance(chk, il->orig, il->targs, il->ntargs, il->inst);
    int n;
    Type **tparams = orig_tparams(il->inst, &n);
    ImplCause cause = {0};
    int i = ty_verify(tparams, il->targs, n, ty_context(), &cause);
    if (i < 0) return;
    AstList idx = il->orig->kind == N_IndexExpr ? (AstList){&il->orig->u.index.index, 1} : il->orig->u.index.indices;
    Pos pos = i < idx.n ? ast_start(idx.a[i]) : il->orig->pos;
    SubstMap m = {tparams, il->targs, n};
    Type *bound = ty_subst(tparams[i]->u.tparam.bound, m, ty_context());
    check_softf(chk, pos, "%s", check_impl_cause(chk, il->targs[i], bound, true, &cause));
}

static Type **type_list(Checker *chk, AstList list) {
    Type **res = NEWARR(chk->arena, Type *, list.n ? list.n : 1);
    bool ok = true;
    for (int i = 0; i < list.n; i++) {
        res[i] = check_var_type(chk, list.a[i]);
        if (!ty_is_valid(res[i])) ok = false;
    }
    return ok ? res : NULL;
}

static bool validate_targ_len(Checker *chk, Pos pos, const char *name, int want, int got) {
    if (got == want) return true;
    check_errorf(chk, pos, "%s type arguments for type %s: have %d, want %d", got < want ? "not enough" : "too many",
                 name, got, want);
    return false;
}

static Type *instantiated_type(Checker *chk, AstNode *ix) {
    AstNode *x = ix->u.index.x;
    AstList idx = ix->kind == N_IndexExpr ? (AstList){&ix->u.index.index, 1} : ix->u.index.indices;
    Type *typ = typ_internal(chk, x, NULL);
    if (ty_is_valid(typ) && !ty_is_generic(typ)) {
        char *cause = check_sprintf(chk, "%T is not a generic type", typ);
        check_errorf(chk, ast_start(ix), "invalid operation: %E (%s)", ix, cause);
        typ = ty_basic[B_INVALID];
    }
    record_type_and_value(chk, x, OM_TYPEXPR, typ, cv_unknown());
    if (!ty_is_valid(typ)) return typ;
    Type **targs = type_list(chk, idx);
    if (!targs) return ty_basic[B_INVALID];
    int want;
    orig_tparams(typ, &want);
    Object *obj = typ->kind == T_NAMED ? typ->u.named.obj : typ->u.alias.obj;
    if (!validate_targ_len(chk, ix->pos, obj->name->s, want, idx.n)) return ty_basic[B_INVALID];
    Type *inst = ty_instantiate(typ, targs, idx.n, ty_context());
    if (!inst) return ty_basic[B_INVALID];
    InstLater *il = NEW(chk->arena, InstLater);
    *il = (InstLater){ix, inst, targs, idx.n};
    check_later(chk, inst_later, il);
    return inst;
}

/* ---- arrays ---------------------------------------------------------------------------- */

int64_t check_array_len(Checker *chk, AstNode *e) {
    if (e->kind == N_Ident) {
        Object *obj = check_lookup(chk, e->u.ident.name);
        if (!obj) {
            check_errorf(chk, e->pos, "undefined array length %s or missing type constraint", e->u.ident.name->s);
            return -1;
        }
        if (obj->kind != OBJ_CONST) {
            check_errorf(chk, e->pos, "invalid array length %s", e->u.ident.name->s);
            return -1;
        }
    }
    Operand x = {0};
    check_expr(chk, NULL, &x, e);
    if (x.mode != OM_CONSTANT) {
        if (x.mode != OM_INVALID) check_errorf(chk, ast_start(e), "array length %O must be constant", &x);
        return -1;
    }
    if (ty_is_untyped(x.type) || ty_is_basic(x.type, BI_INTEGER)) {
        ConstVal v = cv_to_int(chk->arena, x.val);
        if (v.kind == CV_INT) {
            Sizes dummy;
            (void)dummy;
            bool exact;
            int64_t n = cv_int64_val(v, &exact);
            int64_t word = ty_sizeof(ty_basic[B_INT]);
            bool fits = exact && (word == 8 || (n >= INT32_MIN && n <= INT32_MAX));
            if (fits && n >= 0) return n;
        }
    }
    if (ty_is_basic(x.type, BI_INTEGER)) check_errorf(chk, ast_start(e), "invalid array length %O", &x);
    else check_errorf(chk, ast_start(e), "array length %O must be integer", &x);
    return -1;
}

/* ---- maps ------------------------------------------------------------------------------ */

typedef struct MapLater {
    AstNode *key;
    Type *typ;
} MapLater;

static void map_key_later(Checker *chk, void *arg) {
    MapLater *ml = arg;
    Type *k = ml->typ->u.map.key;
    if (ty_is_comparable(k)) return;
    const char *why = ty_is_typeparam(k) ? " (missing comparable constraint)" : "";
    check_errorf(chk, ast_start(ml->key), "invalid map key type %T%s", k, why);
}

/* ---- structs ------------------------------------------------------------------------------ */

static AstNode *embedded_field_ident(AstNode *e) {
    switch (e->kind) {
    case N_Ident: return e;
    case N_StarExpr:
        if (e->u.star.x->kind != N_StarExpr) return embedded_field_ident(e->u.star.x);
        return NULL;
    case N_SelectorExpr: return e->u.sel.sel;
    case N_IndexExpr: case N_IndexListExpr: return embedded_field_ident(e->u.index.x);
    default: return NULL;
    }
}

typedef struct EmbedLater {
    AstNode *pos;
    Type *typ;
} EmbedLater;

static void embed_later(Checker *chk, void *arg) {
    EmbedLater *el = arg;
    bool is_ptr;
    Type *t = ty_deref(el->typ, &is_ptr);
    Type *u = ty_underlying(t);
    if (!u) return;
    Pos p = ast_start(el->pos);
    if (u->kind == T_BASIC) {
        if (ty_is_valid(t) && u->u.basic.kind == B_UNSAFE_POINTER)
            check_errorf(chk, p, "embedded field type cannot be unsafe.Pointer");
    } else if (u->kind == T_POINTER) check_errorf(chk, p, "embedded field type cannot be a pointer");
    else if (u->kind == T_INTERFACE) {
        if (ty_is_typeparam(t)) check_errorf(chk, p, "embedded field type cannot be a (pointer to a) type parameter");
        else if (is_ptr) check_errorf(chk, p, "embedded field type cannot be a pointer to an interface");
    }
}

static Sym *field_tag(Checker *chk, AstNode *t) {
    if (!t) return NULL;
    if (t->u.lit.kind == TK_STRING) {
        ConstVal v = cv_from_literal(chk->arena, t->u.lit.val, t->u.lit.len, CV_LIT_STRING);
        if (v.kind == CV_STRING) {
            size_t n;
            const char *s = cv_string_val(chk->arena, v, &n);
            return n ? intern(s, n) : NULL;
        }
    }
    check_errorf(chk, ast_start(t), "invalid syntax tree: incorrect tag syntax: %s", t->u.lit.val);
    return NULL;
}

typedef struct FieldAcc {
    Vec(Object *) fields;
    Vec(Sym *) tags;
    bool has_tags;
    Map set; /* obj_id -> field */
} FieldAcc;

static void add_field(Checker *chk, FieldAcc *a, AstNode *ident, Type *typ, Sym *tag, bool embedded) {
    Object *fld = obj_var(VK_FIELD, ident->pos, chk->pkg, ident->u.ident.name, typ);
    fld->u.var.embedded = embedded;
    if (!is_blank(fld->name)) {
        Object *alt = map_getp(&a->set, obj_id(fld));
        if (alt) {
            char *m = check_sprintf(chk, "%s redeclared", fld->name->s);
            char *o = check_sprintf(chk, "other declaration of %s", fld->name->s);
            check_error_parts(chk, ident->pos, m, 1, &alt->pos, &o);
            return;
        }
        map_putp(&a->set, obj_id(fld), fld);
    }
    if (tag) a->has_tags = true;
    vec_push(&a->fields, fld);
    vec_push(&a->tags, tag);
    record_def(chk, ident, fld);
}

static Type *struct_type(Checker *chk, AstNode *e) {
    Type *st = ty_new(T_STRUCT);
    AstNode *list = e->u.strct.fields;
    FieldAcc a = {0};
    for (int i = 0; list && i < list->u.fields.list.n; i++) {
        AstNode *f = list->u.fields.list.a[i];
        Type *typ = check_var_type(chk, f->u.field.type);
        Sym *tag = field_tag(chk, f->u.field.tag);
        if (f->u.field.names.n) {
            for (int j = 0; j < f->u.field.names.n; j++) add_field(chk, &a, f->u.field.names.a[j], typ, tag, false);
            continue;
        }
        AstNode *name = embedded_field_ident(f->u.field.type);
        if (!name) {
            check_errorf(chk, ast_start(f->u.field.type), "invalid syntax tree: embedded field type %E has no name",
                         f->u.field.type);
            continue;
        }
        add_field(chk, &a, name, typ, tag, true);
        EmbedLater *el = NEW(chk->arena, EmbedLater);
        el->pos = f->u.field.type;
        el->typ = typ;
        check_later(chk, embed_later, el);
    }
    st->u.strct.fields = vec_to_arena(ty_arena(), &a.fields);
    st->u.strct.nfields = a.fields.n;
    if (a.has_tags) st->u.strct.tags = vec_to_arena(ty_arena(), &a.tags);
    vec_free(&a.fields);
    vec_free(&a.tags);
    map_clear(&a.set);
    return st;
}

/* ---- unions and interfaces ------------------------------------------------------------------ */

typedef struct UnionLater {
    Term *terms;
    AstNode **tlist;
    int n;
} UnionLater;

static bool overlapping(Term *terms, int n, Term y, int *j) {
    for (int i = 0; i < n; i++) {
        if (ty_under_is_interface(terms[i].type)) continue;
        if (!term_disjoint(terms[i], y)) {
            *j = i;
            return true;
        }
    }
    return false;
}

static char *term_string(Checker *chk, Term t) {
    return t.tilde ? check_sprintf(chk, "~%T", t.type) : check_sprintf(chk, "%T", t.type);
}

static void union_later(Checker *chk, void *arg) {
    UnionLater *ul = arg;
    for (int i = 0; i < ul->n; i++) {
        Term t = ul->terms[i];
        if (!ty_is_valid(t.type)) continue;
        Type *u = ty_underlying(t.type);
        bool is_iface = u && u->kind == T_INTERFACE;
        Pos p = ast_start(ul->tlist[i]);
        if (t.tilde) {
            if (is_iface) {
                check_errorf(chk, p, "invalid use of ~ (%T is an interface)", t.type);
                continue;
            }
            if (!ty_identical(u, t.type)) {
                check_errorf(chk, p, "invalid use of ~ (underlying type of %T is %T)", t.type, u);
                continue;
            }
        }
        if (is_iface) {
            TypeSet *ts = ts_of(u);
            char *s = term_string(chk, t);
            if (ts->nmethods) check_errorf(chk, p, "cannot use %s in union (%s contains methods)", s, s);
            else if (t.type == ty_comparable) check_errorf(chk, p, "cannot use comparable in union");
            else if (ts->comparable) check_errorf(chk, p, "cannot use %s in union (%s embeds comparable)", s, s);
            continue;
        }
        int j;
        if (overlapping(ul->terms, i, t, &j))
            check_softf(chk, p, "overlapping terms %s and %s", term_string(chk, t), term_string(chk, ul->terms[j]));
    }
}

typedef Vec(AstNode *) NodeVec;

static void flatten_union(AstNode *x, NodeVec *blist, NodeVec *tlist) {
    if (x->kind == N_BinaryExpr && x->u.binary.op == TK_OR) {
        flatten_union(x->u.binary.x, blist, tlist);
        vec_push(blist, x);
        x = x->u.binary.y;
    }
    vec_push(tlist, x);
}

static Type *new_union(Term *terms, int n) {
    Type *u = ty_new(T_UNION);
    u->u.uni.terms = arena_dup(ty_arena(), terms, sizeof(Term) * (size_t)n);
    u->u.uni.n = n;
    return u;
}

static Term parse_tilde(Checker *chk, AstNode *tx) {
    AstNode *x = tx;
    bool tilde = false;
    if (x->kind == N_UnaryExpr && x->u.unary.op == TK_TILDE) {
        x = x->u.unary.x;
        tilde = true;
    }
    Type *typ = check_typ(chk, x);
    if (ty_is_typeparam(typ)) {
        if (tilde) check_errorf(chk, ast_start(x), "type in term %E cannot be a type parameter", tx);
        else check_errorf(chk, ast_start(x), "term cannot be a type parameter");
        typ = ty_basic[B_INVALID];
    }
    Term t = {tilde, typ};
    if (tilde) record_type_and_value(chk, tx, OM_TYPEXPR, new_union(&t, 1), cv_unknown());
    return t;
}

static Type *parse_union(Checker *chk, AstNode *uexpr) {
    NodeVec blist = {0}, tlist = {0};
    flatten_union(uexpr, &blist, &tlist);
    Vec(Term) terms = {0};
    Type *u = NULL;
    for (int i = 0; i < tlist.n; i++) {
        AstNode *x = tlist.a[i];
        Term term = parse_tilde(chk, x);
        if (tlist.n == 1 && !term.tilde) {
            vec_free(&blist);
            vec_free(&tlist);
            return term.type;
        }
        if (terms.n >= TY_MAX_TERMS) {
            if (ty_is_valid(u)) {
                check_errorf(chk, ast_start(x), "cannot handle more than %d union terms (implementation limitation)",
                             TY_MAX_TERMS);
                u = ty_basic[B_INVALID];
            }
        } else {
            vec_push(&terms, term);
            u = new_union(terms.a, terms.n);
        }
        if (i > 0) record_type_and_value(chk, blist.a[i - 1], OM_TYPEXPR, u, cv_unknown());
    }
    if (ty_is_valid(u)) {
        UnionLater *ul = NEW(chk->arena, UnionLater);
        ul->terms = vec_to_arena(chk->arena, &terms);
        ul->n = terms.n;
        ul->tlist = vec_to_arena(chk->arena, &tlist);
        check_later(chk, union_later, ul);
    }
    vec_free(&terms);
    vec_free(&blist);
    vec_free(&tlist);
    return u;
}

typedef struct IfaceLater {
    Type *iface;
} IfaceLater;

static void iface_later(Checker *chk, void *arg) {
    IfaceLater *il = arg;
    TsErrors errs = {0};
    ts_compute(il->iface, &errs);
    for (int i = 0; i < errs.n; i++) {
        TsError *e = &errs.a[i];
        if (e->kind == TSE_TOO_MANY_TERMS) continue;
        if (!e->method || !e->other) continue;
        char *m = check_sprintf(chk, "duplicate method %s", e->method->name->s);
        char *o = check_sprintf(chk, "other declaration of method %s", e->method->name->s);
        check_error_parts(chk, e->method->pos, m, 1, &e->other->pos, &o);
    }
    vec_free(&errs);
}

static int cmp_methods(const void *a, const void *b) { return obj_cmp(*(Object *const *)a, *(Object *const *)b); }

static void interface_type(Checker *chk, Type *ityp, AstNode *e, Type *def) {
    Vec(Object *) methods = {0};
    Vec(Type *) embeddeds = {0};
    AstNode *list = e->u.iface.methods;
    for (int i = 0; list && i < list->u.fields.list.n; i++) {
        AstNode *f = list->u.fields.list.a[i];
        if (!f->u.field.names.n) {
            vec_push(&embeddeds, parse_union(chk, f->u.field.type));
            continue;
        }
        AstNode *name = f->u.field.names.a[0];
        if (is_blank(name->u.ident.name)) {
            check_errorf(chk, name->pos, "methods must have a unique non-blank name");
            continue;
        }
        Type *typ = check_typ(chk, f->u.field.type);
        if (typ->kind != T_SIGNATURE) {
            if (ty_is_valid(typ))
                check_errorf(chk, ast_start(f->u.field.type), "invalid syntax tree: %T is not a method signature", typ);
            continue;
        }
        if (typ->u.sig.ntparams) {
            AstNode *ft = f->u.field.type;
            Pos at = ft->kind == N_FuncType && ft->u.functype.tparams ? ast_start(ft->u.functype.tparams) : ast_start(ft);
            check_errorf(chk, at, "invalid syntax tree: interface methods cannot have type parameters");
        }
        Type *recv_t = ityp;
        if (def && def->kind == T_NAMED) recv_t = def;
        typ->u.sig.recv = obj_var(VK_RECV, name->pos, chk->pkg, intern_cstr(""), recv_t);
        Object *m = obj_new(OBJ_FUNC, name->pos, chk->pkg, name->u.ident.name, typ);
        record_def(chk, name, m);
        vec_push(&methods, m);
    }
    if (methods.n) qsort(methods.a, (size_t)methods.n, sizeof(Object *), cmp_methods);
    ityp->u.iface.methods = vec_to_arena(ty_arena(), &methods);
    ityp->u.iface.nmethods = methods.n;
    ityp->u.iface.embeddeds = vec_to_arena(ty_arena(), &embeddeds);
    ityp->u.iface.nembeddeds = embeddeds.n;
    bool empty = !methods.n && !embeddeds.n;
    vec_free(&methods);
    vec_free(&embeddeds);
    if (empty) return;
    IfaceLater *il = NEW(chk->arena, IfaceLater);
    il->iface = ityp;
    check_later(chk, iface_later, il);
}

/* ---- type parameters ------------------------------------------------------------------------ */

/* implicit_iface_node makes the interface{x} node go/types wraps around a
 * constraint written as a type set (it has no position; go/types records
 * its type all the same). */
static AstNode *implicit_iface_node(Checker *chk, AstNode *x) {
    AstNode *field = arena_alloc(chk->arena, sizeof(AstNode));
    field->kind = N_Field;
    field->u.field.type = x;
    AstNode *list = arena_alloc(chk->arena, sizeof(AstNode));
    list->kind = N_FieldList;
    list->u.fields.list.a = NEWARR(chk->arena, AstNode *, 1);
    list->u.fields.list.a[0] = field;
    list->u.fields.list.n = 1;
    AstNode *it = arena_alloc(chk->arena, sizeof(AstNode));
    it->kind = N_InterfaceType;
    it->u.iface.methods = list;
    return it;
}

static Type *bound(Checker *chk, AstNode *x) {
    bool wrap = (x->kind == N_UnaryExpr && x->u.unary.op == TK_TILDE) ||
                (x->kind == N_BinaryExpr && x->u.binary.op == TK_OR);
    if (!wrap) return check_typ(chk, x);
    AstNode *node = implicit_iface_node(chk, x);
    Type *it = check_typ(chk, node);
    if (it->kind == T_INTERFACE) it->u.iface.implicit = true;
    return it;
}

static Type *declare_type_param(Checker *chk, AstNode *name, Pos scope_pos, int index) {
    Object *tn = obj_new(OBJ_TYPENAME, name->pos, chk->pkg, name->u.ident.name, NULL);
    tn->u.tname.is_tparam = true;
    Type *tp = ty_typeparam(tn, ty_basic[B_INVALID], index);
    check_declare(chk, chk->env.scope, name, tn, scope_pos);
    return tp;
}

void check_collect_tparams(Checker *chk, AstNode *list, Type ***tparams, int *n) {
    Vec(Type *) tps = {0};
    Pos scope_pos = ast_start(list);
    AstList fl = list->u.fields.list;
    for (int i = 0; i < fl.n; i++)
        for (int j = 0; j < fl.a[i]->u.field.names.n; j++)
        {
            Type *tp = declare_type_param(chk, fl.a[i]->u.field.names.a[j], scope_pos, tps.n);
            vec_push(&tps, tp);
        }
    *tparams = vec_to_arena(ty_arena(), &tps);
    *n = tps.n;
    bool saved = chk->in_tparam_list;
    chk->in_tparam_list = true;
    int index = 0;
    for (int i = 0; i < fl.n; i++) {
        AstNode *f = fl.a[i];
        Type *b = ty_basic[B_INVALID];
        if (f->u.field.type) {
            b = bound(chk, f->u.field.type);
            if (ty_is_typeparam(b)) {
                check_errorf(chk, ast_start(f->u.field.type), "cannot use a type parameter as constraint");
                b = ty_basic[B_INVALID];
            }
        }
        for (int j = 0; j < f->u.field.names.n; j++) (*tparams)[index + j]->u.tparam.bound = b;
        index += f->u.field.names.n;
    }
    chk->in_tparam_list = saved;
    vec_free(&tps);
}

/* ---- signatures ------------------------------------------------------------------------------ */

/* The parameters and results of a new signature are one shared empty
 * tuple (never changed) until check_func_type_into makes its own. */
Type *check_new_signature(void) {
    static Type *none;
    if (!none) none = ty_tuple(NULL, 0);
    Type *sig = ty_new(T_SIGNATURE);
    sig->u.sig.params = none;
    sig->u.sig.results = none;
    return sig;
}

Scope *check_sig_scope(Checker *chk, Type *sig) { return map_getp(&chk->sig_scopes, sig); }

typedef struct Params {
    Vec(AstNode *) names;
    Vec(Object *) vars;
    bool variadic;
} Params;

static void collect_params(Checker *chk, VarKind kind, AstNode *list, Params *p) {
    if (!list) return;
    bool named = false, anonymous = false;
    AstList fl = list->u.fields.list;
    for (int i = 0; i < fl.n; i++) {
        AstNode *field = fl.a[i], *ftype = field->u.field.type;
        if (ftype && ftype->kind == N_Ellipsis) {
            ftype = ftype->u.ellipsis.elt;
            if (kind == VK_PARAM && i == fl.n - 1 && field->u.field.names.n <= 1) p->variadic = true;
            else check_softf(chk, ast_start(field->u.field.type), "invalid syntax tree: invalid use of ...");
        }
        Type *typ = ftype ? check_var_type(chk, ftype) : ty_basic[B_INVALID];
        if (field->u.field.names.n) {
            for (int j = 0; j < field->u.field.names.n; j++) {
                AstNode *name = field->u.field.names.a[j];
                vec_push(&p->names, name);
                vec_push(&p->vars, obj_var(kind, name->pos, chk->pkg, name->u.ident.name, typ));
            }
            named = true;
        } else {
            Object *par = obj_var(kind, ftype ? ast_start(ftype) : field->pos, chk->pkg, intern_cstr(""), typ);
            record_implicit(chk, field, par);
            vec_push(&p->names, NULL);
            vec_push(&p->vars, par);
            anonymous = true;
        }
    }
    if (named && anonymous)
        check_errorf(chk, ast_start(list), "invalid syntax tree: list contains both named and anonymous parameters");
    if (p->variadic) {
        Object *last = p->vars.a[p->vars.n - 1];
        last->type = ty_slice(last->type);
        record_type_and_value(chk, fl.a[fl.n - 1]->u.field.type, OM_TYPEXPR, last->type, cv_unknown());
    }
}

static void declare_params(Checker *chk, Params *p, Pos scope_pos) {
    for (int i = 0; i < p->names.n; i++) {
        AstNode *name = p->names.a[i];
        if (name && name->u.ident.name->len) check_declare(chk, chk->env.scope, name, p->vars.a[i], scope_pos);
    }
}

typedef struct RecvLater {
    AstNode *rbase;
    Object *recv;
} RecvLater;

static void valid_recv(Checker *chk, void *arg) {
    RecvLater *rl = arg;
    bool is_ptr;
    Type *rtyp = ty_deref(rl->recv->type, &is_ptr);
    Type *atyp = ty_unalias(rtyp);
    Pos pos = ast_start(rl->rbase);
    if (!ty_is_valid(atyp)) return;
    if (atyp->kind == T_NAMED) {
        Object *o = atyp->u.named.obj;
        if (o->pkg != chk->pkg || !strncmp(o->name->s, "_Ctype_", 7)) {
            check_errorf(chk, pos, "cannot define new methods on non-local type %T", rtyp);
            return;
        }
        Type *u = ty_underlying(atyp);
        const char *cause = NULL;
        if (u && u->kind == T_BASIC && u->u.basic.kind == B_UNSAFE_POINTER) cause = "unsafe.Pointer";
        else if (u && (u->kind == T_POINTER || u->kind == T_INTERFACE)) cause = "pointer or interface type";
        if (cause) check_errorf(chk, pos, "invalid receiver type %T (%s)", rtyp, cause);
    } else if (atyp->kind == T_BASIC) check_errorf(chk, pos, "cannot define new methods on non-local type %T", rtyp);
    else check_errorf(chk, pos, "invalid receiver type %T", rl->recv->type);
}

static Type *unpointer(Type *t) {
    while (t && t->kind == T_POINTER) t = t->u.ptr.elem;
    return t;
}

static void record_paren_recv_types(Checker *chk, AstNode *e, Type *typ) {
    for (;;) {
        record_type_and_value(chk, e, OM_TYPEXPR, typ, cv_unknown());
        if (e->kind == N_ParenExpr) e = e->u.paren.x;
        else if (e->kind == N_StarExpr) {
            if (typ->kind != T_POINTER) return;
            e = e->u.star.x;
            typ = typ->u.ptr.elem;
        } else return;
    }
}

static Type *generic_recv_type(Checker *chk, AstNode *rtype, AstNode *rbase, AstList rtps, bool rptr, Pos scope_pos,
                               Type **rparams) {
    Type *base = NULL;
    Type *t = check_generic_type(chk, rbase, true);
    if (ty_is_valid(t)) {
        if (t->kind == T_NAMED) base = t;
        else if (t->kind == T_ALIAS) check_errorf(chk, ast_start(rbase), "cannot define new methods on generic alias type %T", t);
    }
    for (int i = 0; i < rtps.n; i++) {
        AstNode *p = rtps.a[i];
        rparams[i] = declare_type_param(chk, p, scope_pos, i);
        record_use(chk, p, rparams[i]->u.tparam.obj);
        record_type_and_value(chk, p, OM_TYPEXPR, rparams[i], cv_unknown());
    }
    if (!base) return ty_basic[B_INVALID];
    int nb = base->u.named.ntparams;
    if (rtps.n == nb) {
        SubstMap m = {base->u.named.tparams, rparams, nb};
        for (int i = 0; i < nb; i++)
            rparams[i]->u.tparam.bound = ty_subst(base->u.named.tparams[i]->u.tparam.bound, m, ty_context());
    } else {
        check_errorf(chk, ast_start(rbase), "receiver declares %d type parameter%s, but receiver base type declares %d",
                     rtps.n, rtps.n == 1 ? "" : "s", nb);
        return ty_basic[B_INVALID];
    }
    check_verify_version(chk, ast_start(rbase), 18, "type instantiation");
    Type *rt = ty_instantiate(base, rparams, rtps.n, ty_context());
    if (!rt) return ty_basic[B_INVALID];
    record_instance(chk, rbase, rparams, rtps.n, rt);
    if (rptr) rt = ty_pointer(rt);
    record_paren_recv_types(chk, rtype, rt);
    return rt;
}

static Object *collect_recv(Checker *chk, AstNode *rparam, Pos scope_pos, Type ***rtparams, int *nrtparams) {
    AstNode *rtype = rparam->u.field.type;
    AstNode *rbase = unparen(rtype);
    bool rptr = false;
    if (rbase && rbase->kind == N_StarExpr) {
        rptr = true;
        rbase = unparen(rbase->u.star.x);
    }
    AstList rtps = {0};
    if (rbase && (rbase->kind == N_IndexExpr || rbase->kind == N_IndexListExpr)) {
        rtps = rbase->kind == N_IndexExpr ? (AstList){&rbase->u.index.index, 1} : rbase->u.index.indices;
        rbase = rbase->u.index.x;
    }
    Type *recv_type;
    if (!rtps.n) {
        recv_type = check_var_type(chk, rtype);
        Type *a = unpointer(recv_type);
        while (a && a->kind == T_ALIAS) {
            Type *b = unpointer(a->u.alias.rhs);
            if (b && ((b->kind == T_NAMED && b->u.named.ntargs) || (b->kind == T_ALIAS && b->u.alias.ntargs))) {
                check_errorf(chk, ast_start(rbase), "cannot define new methods on instantiated type %T", b);
                recv_type = ty_basic[B_INVALID];
                break;
            }
            a = b;
        }
    } else {
        for (int i = 0; i < rtps.n; i++)
            if (rtps.a[i]->kind != N_Ident) {
                check_errorf(chk, ast_start(rtps.a[i]), "receiver type parameter %E must be an identifier", rtps.a[i]);
                return NULL;
            }
        Type **rp = NEWARR(ty_arena(), Type *, rtps.n);
        recv_type = generic_recv_type(chk, rtype, rbase, rtps, rptr, scope_pos, rp);
        *rtparams = rp;
        *nrtparams = rtps.n;
    }
    AstNode *rname = NULL;
    int n = rparam->u.field.names.n;
    if (n >= 1) {
        if (n > 1) check_errorf(chk, rparam->u.field.names.a[n - 1]->pos, "method has multiple receivers");
        rname = rparam->u.field.names.a[0];
    }
    Object *recv;
    if (rname && rname->u.ident.name->len) recv = obj_var(VK_RECV, rname->pos, chk->pkg, rname->u.ident.name, recv_type);
    else {
        recv = obj_var(VK_RECV, ast_start(rparam), chk->pkg, intern_cstr(""), recv_type);
        record_implicit(chk, rparam, recv);
    }
    RecvLater *rl = NEW(chk->arena, RecvLater);
    rl->rbase = rbase;
    rl->recv = recv;
    check_later(chk, valid_recv, rl);
    return recv;
}

void check_func_type_into(Checker *chk, Type *sig, AstNode *recv_par, AstNode *ftyp) {
    Scope *saved = chk->env.scope;
    Scope *s = scope_new(saved, ast_start(ftyp), ast_end(ftyp), "function");
    s->is_func = true;
    chk->env.scope = s;
    record_scope(chk, ftyp, s);
    map_putp(&chk->sig_scopes, sig, s);
    Object *recv = NULL;
    if (recv_par && recv_par->u.fields.list.n) {
        int n = recv_par->u.fields.list.n;
        if (n > 1) check_errorf(chk, ast_start(recv_par->u.fields.list.a[n - 1]), "method has multiple receivers");
        recv = collect_recv(chk, recv_par->u.fields.list.a[0], ast_start(ftyp), &sig->u.sig.rtparams,
                            &sig->u.sig.nrtparams);
    }
    if (ftyp->u.functype.tparams)
        check_collect_tparams(chk, ftyp->u.functype.tparams, &sig->u.sig.tparams, &sig->u.sig.ntparams);
    Params ps = {0}, rs = {0};
    collect_params(chk, VK_PARAM, ftyp->u.functype.params, &ps);
    collect_params(chk, VK_RESULT, ftyp->u.functype.results, &rs);
    Pos scope_pos = ast_end(ftyp);
    if (recv && recv->name->len) check_declare(chk, s, recv_par->u.fields.list.a[0]->u.field.names.a[0], recv, scope_pos);
    declare_params(chk, &ps, scope_pos);
    declare_params(chk, &rs, scope_pos);
    sig->u.sig.recv = recv;
    sig->u.sig.params = ty_tuple(ps.vars.a, ps.vars.n); /* ty_tuple copies */
    sig->u.sig.results = ty_tuple(rs.vars.a, rs.vars.n);
    sig->u.sig.variadic = ps.variadic;
    vec_free(&ps.names);
    vec_free(&ps.vars);
    vec_free(&rs.names);
    vec_free(&rs.vars);
    chk->env.scope = saved;
}

Type *check_func_type(Checker *chk, AstNode *recv, AstNode *ftype, Object **recv_out) {
    Type *sig = check_new_signature();
    check_func_type_into(chk, sig, recv, ftype);
    if (recv_out) *recv_out = sig->u.sig.recv;
    return sig;
}

/* ---- typInternal ------------------------------------------------------------------------------ */

static Type *not_a_type(Checker *chk, Operand *x) {
    if (x->mode == OM_TYPEXPR) return x->type;
    if (x->mode == OM_INVALID) return ty_basic[B_INVALID];
    if (x->mode == OM_NOVALUE) check_errorf(chk, ast_start(x->expr), "%O used as type", x);
    else check_errorf(chk, ast_start(x->expr), "%O is not a type", x);
    return ty_basic[B_INVALID];
}

static Type *typ_internal(Checker *chk, AstNode *e, Type *def) {
    Operand x;
    switch (e->kind) {
    case N_Bad: return ty_basic[B_INVALID];
    case N_Ident:
        check_ident(chk, &x, e, NULL, true);
        return not_a_type(chk, &x);
    case N_SelectorExpr:
        if (!check_qualified_ident(chk, &x, e)) check_selector(chk, &x, e, NULL, true);
        return not_a_type(chk, &x);
    case N_IndexExpr:
    case N_IndexListExpr:
        check_verify_version(chk, e->u.index.lbrack, 18, "type instantiation");
        return instantiated_type(chk, e);
    case N_ParenExpr: return declared_type(chk, e->u.paren.x, def);
    case N_ArrayType: {
        if (!e->u.array.len) return ty_slice(check_var_type(chk, e->u.array.elt));
        int64_t len;
        if (e->u.array.len->kind == N_Ellipsis) {
            check_errorf(chk, ast_start(e->u.array.len), "invalid use of [...] array (outside a composite literal)");
            len = -1;
        } else len = check_array_len(chk, e->u.array.len);
        Type *elem = check_var_type(chk, e->u.array.elt);
        if (len >= 0) return ty_array(elem, len);
        return ty_basic[B_INVALID];
    }
    case N_Ellipsis: check_errorf(chk, ast_start(e), "invalid syntax tree: invalid use of ..."); return ty_basic[B_INVALID];
    case N_StructType: return struct_type(chk, e);
    case N_StarExpr: {
        Type *base = check_var_type(chk, e->u.star.x);
        if (ty_unalias(base) && !ty_is_valid(base)) return ty_basic[B_INVALID]; /* incomplete aliases are valid */
        return ty_pointer(base);
    }
    case N_FuncType: return check_func_type(chk, NULL, e, NULL);
    case N_InterfaceType: {
        Type *it = ty_new(T_INTERFACE);
        interface_type(chk, it, e, def);
        return it;
    }
    case N_MapType: {
        Type *k = check_var_type(chk, e->u.map.key);
        Type *v = check_var_type(chk, e->u.map.value);
        Type *m = ty_map(k, v);
        MapLater *ml = NEW(chk->arena, MapLater);
        ml->key = e->u.map.key;
        ml->typ = m;
        check_later(chk, map_key_later, ml);
        return m;
    }
    case N_ChanType: {
        ChanDir dir = e->u.chan.dir == AST_SEND ? CHAN_SEND : e->u.chan.dir == AST_RECV ? CHAN_RECV : CHAN_BOTH;
        return ty_chan(check_var_type(chk, e->u.chan.value), dir);
    }
    default:
        check_errorf(chk, ast_start(e), "%E is not a type", e);
        check_use_exprs(chk, (AstList){&e, 1});
        return ty_basic[B_INVALID];
    }
}
