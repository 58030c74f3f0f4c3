/* resolver.c: collecting package-level objects (go/types' resolver.go).
 *
 * Walks every file's declarations once: makes a file scope per file with
 * its imports (dot imports copy the exported objects in), declares
 * constants (with iota and inherited specs), variables, types and
 * functions in the package scope with a DeclInfo each, and associates
 * methods with their receiver base type names. Then declares everything
 * in source order (types first, aliases next, the rest last) and reports
 * unused imports at the end. */
#include <string.h>

#include "types/check.h"

static bool is_blank(const Sym *s) { return s->len == 1 && s->s[0] == '_'; }
static bool sym_is(const Sym *s, const char *lit) { return !strcmp(s->s, lit); }

/* check_arity_match reports missing and extra init expressions (go/types'
 * arityMatch); init is the spec whose values are inherited, or NULL. */
void check_arity_match(Checker *chk, AstNode *s, AstNode *init) {
    int l = s->u.value.names.n, r = init ? init->u.value.values.n : s->u.value.values.n;
    if (!init && r == 0) {
        if (!s->u.value.type) check_errorf(chk, ast_start(s), "missing type or init expr");
    } else if (l < r) {
        if (l < s->u.value.values.n) {
            AstNode *n = s->u.value.values.a[l];
            check_errorf(chk, ast_start(n), "extra init expr %E", n);
        } else {
            char *p = check_pos_string(ast_start(init));
            check_errorf(chk, ast_start(s), "extra init expr at %s", p);
            free(p);
        }
    } else if (l > r && (init || r != 1)) {
        AstNode *n = s->u.value.names.a[r];
        check_errorf(chk, n->pos, "missing init expr for %s", n->u.ident.name->s);
    }
}

static DeclInfo *new_decl(Checker *chk, Scope *file, AstFile *af) {
    DeclInfo *d = NEW(chk->scratch, DeclInfo);
    d->file = file;
    d->afile = af;
    return d;
}

static void declare_pkg_obj(Checker *chk, AstNode *ident, Object *obj, DeclInfo *d) {
    if (sym_is(ident->u.ident.name, "init")) {
        check_errorf(chk, ident->pos, "cannot declare init - must be func");
        return;
    }
    if (sym_is(ident->u.ident.name, "main") && chk->pkg->name && sym_is(chk->pkg->name, "main")) {
        check_errorf(chk, ident->pos, "cannot declare main - must be func");
        return;
    }
    check_declare(chk, chk->pkg->scope, ident, obj, (Pos){0});
    map_putp(&chk->objmap, obj, d);
    vec_push(&chk->objlist, obj);
}

/* ---- imports ---------------------------------------------------------------- */

static const char *import_path(Checker *chk, AstNode *lit, bool *ok) {
    *ok = false;
    if (!lit || lit->kind != N_BasicLit || lit->u.lit.kind != TK_STRING) return NULL;
    ConstVal v = cv_from_literal(chk->arena, lit->u.lit.val, lit->u.lit.len, CV_LIT_STRING);
    if (v.kind != CV_STRING) return NULL;
    size_t n;
    const char *s = cv_string_val(chk->arena, v, &n);
    if (n == 0) {
        check_errorf(chk, ast_start(lit), "invalid import path (empty string)");
        return NULL;
    }
    *ok = true;
    return s;
}

static Package *import_package(Checker *chk, AstNode *at, const char *path) {
    Package *imp = !strcmp(path, "unsafe") ? ty_unsafe : chk->import(path, chk->import_ctx);
    if (imp) return imp;
    check_errorf(chk, ast_start(at), "could not import %s (package %s not checked)", path, path);
    const char *name = strrchr(path, '/');
    name = name ? name + 1 : path;
    imp = pkg_new(path, intern_cstr(name));
    imp->fake = true;
    return imp;
}

static void add_import(Package *pkg, Package *imp) {
    for (int i = 0; i < pkg->nimports; i++)
        if (pkg->imports[i] == imp) return;
    Package **a = NEWARR(ty_arena(), Package *, pkg->nimports + 1);
    if (pkg->nimports) memcpy(a, pkg->imports, sizeof(Package *) * (size_t)pkg->nimports);
    a[pkg->nimports++] = imp;
    pkg->imports = a;
}

static void dot_import(Checker *chk, Scope *fs, AstNode *spec, Package *imp, Object *pkgname) {
    Map *m = map_getp(&chk->dot_imports, fs);
    if (!m) {
        m = NEW(chk->arena, Map);
        map_putp(&chk->dot_imports, fs, m);
    }
    Scope *s = imp->scope;
    for (int i = 0; i < s->objs.n; i++) {
        Object *obj = s->objs.a[i];
        if (!ty_is_exported(obj->name)) continue;
        Object *alt = scope_lookup(fs, obj->name);
        if (alt) {
            char *msg = check_sprintf(chk, "%s redeclared in this block", alt->name->s);
            char *o = check_sprintf(chk, "other declaration of %s", alt->name->s);
            check_error_parts(chk, spec->u.import.name->pos, msg, 1, &alt->pos, &o);
            continue;
        }
        scope_add(fs, obj);
        map_putp(m, obj->name, pkgname);
    }
}

static void collect_import(Checker *chk, Scope *fs, AstNode *spec) {
    bool ok;
    const char *path = import_path(chk, spec->u.import.path, &ok);
    if (!ok) return;
    Package *imp = import_package(chk, spec->u.import.path, path);
    Sym *name = imp->name;
    AstNode *nid = spec->u.import.name;
    if (nid) name = nid->u.ident.name;
    if (!name) return;
    if (sym_is(name, "init")) {
        check_errorf(chk, ast_start(spec), "cannot import package as init - init must be a func");
        return;
    }
    add_import(chk->pkg, imp);
    Object *pn = obj_new(OBJ_PKGNAME, ast_start(spec), chk->pkg, name, ty_basic[B_INVALID]);
    pn->u.imported = imp;
    if (nid) record_def(chk, nid, pn);
    else record_implicit(chk, spec, pn);
    if (imp->fake) check_use_pkgname(chk, pn);
    vec_push(&chk->imports, pn);
    if (sym_is(name, ".")) dot_import(chk, fs, spec, imp, pn);
    else check_declare(chk, fs, NULL, pn, (Pos){0});
}

/* ---- declarations ----------------------------------------------------------- */

static void collect_const(Checker *chk, Scope *fs, AstFile *af, AstNode *s, AstNode *last, int iota, bool inherited) {
    AstList names = s->u.value.names;
    AstList inits = last ? last->u.value.values : (AstList){0};
    for (int i = 0; i < names.n; i++) {
        AstNode *id = names.a[i];
        Object *obj = obj_new(OBJ_CONST, id->pos, chk->pkg, id->u.ident.name, NULL);
        obj->u.val = cv_int64(iota);
        DeclInfo *d = new_decl(chk, fs, af);
        d->vtyp = last ? last->u.value.type : NULL;
        d->init = i < inits.n ? inits.a[i] : NULL;
        d->inherited = inherited;
        d->iota = iota;
        declare_pkg_obj(chk, id, obj, d);
    }
}

static void collect_var(Checker *chk, Scope *fs, AstFile *af, AstNode *s) {
    AstList names = s->u.value.names, vals = s->u.value.values;
    Object **lhs = NEWARR(chk->arena, Object *, names.n);
    DeclInfo *d1 = NULL;
    if (vals.n == 1) {
        d1 = new_decl(chk, fs, af);
        d1->lhs = lhs;
        d1->nlhs = names.n;
        d1->vtyp = s->u.value.type;
        d1->init = vals.a[0];
    }
    for (int i = 0; i < names.n; i++) {
        AstNode *id = names.a[i];
        Object *obj = obj_var(VK_PACKAGE, id->pos, chk->pkg, id->u.ident.name, NULL);
        lhs[i] = obj;
        DeclInfo *d = d1;
        if (!d) {
            d = new_decl(chk, fs, af);
            d->vtyp = s->u.value.type;
            d->init = i < vals.n ? vals.a[i] : NULL;
        }
        declare_pkg_obj(chk, id, obj, d);
    }
}

/* unpack_recv strips parentheses, one '*' and type arguments off a
 * receiver type expression. */
static AstNode *unparen(AstNode *e) {
    while (e && e->kind == N_ParenExpr) e = e->u.paren.x;
    return e;
}

static AstNode *unpack_recv(AstNode *rtyp, bool *ptr) {
    AstNode *base = unparen(rtyp);
    *ptr = false;
    if (base && base->kind == N_StarExpr) {
        *ptr = true;
        base = unparen(base->u.star.x);
    }
    if (base && (base->kind == N_IndexExpr || base->kind == N_IndexListExpr)) base = base->u.index.x;
    return base;
}

typedef struct MethodInfo {
    Object *obj;
    bool ptr;
    AstNode *recv; /* receiver base type name */
} MethodInfo;

static int nfields(AstNode *fl) { return fl ? fl->u.fields.list.n : 0; }

typedef Vec(MethodInfo) MethodInfos;

static void collect_func(Checker *chk, Scope *fs, AstFile *af, AstNode *fd, MethodInfos *methods) {
    AstNode *nid = fd->u.funcdecl.name, *ft = fd->u.funcdecl.type;
    Sym *name = nid->u.ident.name;
    Object *obj = obj_new(OBJ_FUNC, nid->pos, chk->pkg, name, NULL);
    obj->u.func.decl = fd;
    AstNode *tparam0 = nfields(ft->u.functype.tparams) ? ft->u.functype.tparams->u.fields.list.a[0] : NULL;
    if (nfields(fd->u.funcdecl.recv) == 0) {
        if (fd->u.funcdecl.recv) check_errorf(chk, ast_start(fd->u.funcdecl.recv), "method has no receiver");
        bool is_main = sym_is(name, "main") && chk->pkg->name && sym_is(chk->pkg->name, "main");
        if (sym_is(name, "init") || is_main) {
            if (tparam0) check_softf(chk, ast_start(tparam0), "func %s must have no type parameters", name->s);
            if (nfields(ft->u.functype.params) || ft->u.functype.results)
                check_softf(chk, nid->pos, "func %s must have no arguments and no return values", name->s);
        } else if (tparam0) check_verify_version(chk, ast_start(tparam0), 18, "type parameter");
        if (sym_is(name, "init")) {
            obj->parent = chk->pkg->scope;
            record_def(chk, nid, obj);
            if (!fd->u.funcdecl.body) check_softf(chk, obj->pos, "func init must have a body");
        } else check_declare(chk, chk->pkg->scope, nid, obj, (Pos){0});
    } else {
        bool ptr;
        AstNode *base = unpack_recv(fd->u.funcdecl.recv->u.fields.list.a[0]->u.field.type, &ptr);
        if (base && base->kind == N_Ident && !is_blank(name)) vec_push(methods, ((MethodInfo){obj, ptr, base}));
        if (tparam0) check_verify_version(chk, ast_start(tparam0), 27, "generic method");
        record_def(chk, nid, obj);
    }
    DeclInfo *d = new_decl(chk, fs, af);
    d->fdecl = fd;
    map_putp(&chk->objmap, obj, d);
    vec_push(&chk->objlist, obj);
}

static void collect_gendecl(Checker *chk, Scope *fs, AstFile *af, AstNode *d) {
    AstNode *last = NULL;
    AstList specs = d->u.gendecl.specs;
    for (int iota = 0; iota < specs.n; iota++) {
        AstNode *s = specs.a[iota];
        if (s->kind == N_ImportSpec) collect_import(chk, fs, s);
        else if (s->kind == N_TypeSpec) {
            AstNode *id = s->u.typespec.name;
            Object *obj = obj_new(OBJ_TYPENAME, id->pos, chk->pkg, id->u.ident.name, NULL);
            DeclInfo *di = new_decl(chk, fs, af);
            di->tdecl = s;
            declare_pkg_obj(chk, id, obj, di);
        } else if (s->kind == N_ValueSpec && d->u.gendecl.tok == TK_CONST) {
            bool inherited = true;
            if (s->u.value.type || s->u.value.values.n) last = s, inherited = false;
            else if (!last) inherited = false;
            check_arity_match(chk, s, last ? last : s);
            collect_const(chk, fs, af, s, last, iota, inherited);
        } else if (s->kind == N_ValueSpec) {
            check_arity_match(chk, s, NULL);
            collect_var(chk, fs, af, s);
        }
    }
}

/* resolve_base_type_name follows aliases from a receiver's base type name
 * to the declared type (go/types' resolveBaseTypeName). */
static Object *resolve_base_type_name(Checker *chk, bool *ptr, AstNode *name) {
    Map seen = {0};
    Object *res = NULL;
    while (name) {
        Object *obj = scope_lookup(chk->pkg->scope, name->u.ident.name);
        if (!obj || obj->kind != OBJ_TYPENAME || map_getp(&seen, obj)) break;
        DeclInfo *d = map_getp(&chk->objmap, obj);
        if (!d || !d->tdecl) break;
        AstNode *td = d->tdecl;
        if (!td->u.typespec.assign.file) {
            res = obj;
            break;
        }
        if (td->u.typespec.tparams) break;
        map_putp(&seen, obj, obj);
        AstNode *typ = unparen(td->u.typespec.type);
        if (typ && typ->kind == N_StarExpr) {
            if (*ptr) break;
            *ptr = true;
            typ = unparen(typ->u.star.x);
        }
        name = typ && typ->kind == N_Ident ? typ : NULL;
    }
    map_clear(&seen);
    if (!res) *ptr = false;
    return res;
}

static void check_file_conflicts(Checker *chk) {
    for (int f = 0; f < chk->nfiles; f++) {
        Scope *fs = chk->file_scopes[f];
        for (int i = 0; i < fs->objs.n; i++) {
            Object *obj = fs->objs.a[i];
            Object *alt = scope_lookup(chk->pkg->scope, obj->name);
            if (!alt) continue;
            char *msg, *o;
            if (obj->kind == OBJ_PKGNAME) {
                Package *p = obj->u.imported;
                msg = check_sprintf(chk, "%s already declared through import of package %s (\"%s\")", alt->name->s,
                                    p->name ? p->name->s : "", p->path);
            } else {
                msg = check_sprintf(chk, "%s already declared through dot-import of package %s (\"%s\")",
                                    alt->name->s, obj->pkg->name->s, obj->pkg->path);
            }
            o = check_sprintf(chk, "other declaration of %s", obj->name->s);
            check_error_parts(chk, alt->pos, msg, 1, &obj->pos, &o);
        }
    }
}

void check_collect_objects(Checker *chk) {
    MethodInfos methods = {0};
    chk->file_scopes = NEWARR(chk->arena, Scope *, chk->nfiles);
    for (int f = 0; f < chk->nfiles; f++) {
        AstFile *af = chk->files[f];
        record_def(chk, af->name, NULL);
        Pos start = {af->file, 1, 1}, end = {af->file, 0x7fffffff, 0};
        Scope *fs = scope_new(chk->pkg->scope, start, end, file_display(af->file));
        chk->file_scopes[f] = fs;
        chk->env.version = chk->file_versions[f] ? chk->file_versions[f] : chk->go_minor;
        for (int i = 0; i < af->decls.n; i++) {
            AstNode *d = af->decls.a[i];
            if (d->kind == N_GenDecl) collect_gendecl(chk, fs, af, d);
            else if (d->kind == N_FuncDecl) collect_func(chk, fs, af, d, &methods);
        }
    }
    chk->env.version = 0;
    check_file_conflicts(chk);
    for (int i = 0; i < methods.n; i++) {
        MethodInfo *m = &methods.a[i];
        bool ptr = m->ptr;
        Object *base = resolve_base_type_name(chk, &ptr, m->recv);
        if (!base) continue;
        m->obj->u.func.has_ptr_recv = ptr;
        Vec(Object *) *list = map_getp(&chk->methods, base);
        if (!list) {
            list = (void *)NEW(chk->arena, Vec(Object *));
            map_putp(&chk->methods, base, list);
        }
        vec_push(list, m->obj);
    }
    vec_free(&methods);
}

void check_package_objects(Checker *chk) {
    Vec(Object *) aliases = {0}, others = {0};
    for (int i = 0; i < chk->objlist.n; i++) {
        Object *obj = chk->objlist.a[i];
        if (obj->kind != OBJ_TYPENAME) {
            vec_push(&others, obj);
            continue;
        }
        DeclInfo *d = map_getp(&chk->objmap, obj);
        if (d->tdecl->u.typespec.assign.file) vec_push(&aliases, obj);
        else check_obj_decl_pkg(chk, obj);
    }
    for (int i = 0; i < aliases.n; i++) check_obj_decl_pkg(chk, aliases.a[i]);
    for (int i = 0; i < others.n; i++) check_obj_decl_pkg(chk, others.a[i]);
    vec_free(&aliases);
    vec_free(&others);
}

void check_unused_imports(Checker *chk) {
    for (int i = 0; i < chk->imports.n; i++) {
        Object *pn = chk->imports.a[i];
        if (is_blank(pn->name) || map_getp(&chk->used_pkgnames, pn)) continue;
        const char *path = pn->u.imported->path;
        const char *elem = strrchr(path, '/');
        elem = elem ? elem + 1 : path;
        if (sym_is(pn->name, ".") || !strcmp(pn->name->s, elem))
            check_softf(chk, pn->pos, "\"%s\" imported and not used", path);
        else check_softf(chk, pn->pos, "\"%s\" imported as %s and not used", path, pn->name->s);
    }
}
