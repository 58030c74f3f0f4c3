/* literals.c: composite and function literals (go/types' literals.go;
 * basic literals are the spine's check_basic_lit).
 *
 * A composite literal's type comes from the literal, or for an elided
 * element type from the enclosing literal (hint), through a pointer for
 * &T elision. Struct literals are keyed (fields found by lookup, promoted
 * fields from go1.27, duplicates reported) or positional (every field, in
 * order, exported or from this package). Array and slice elements carry
 * optional constant indices; [...]T takes its length from them. Map
 * literals reject duplicate constant keys (by value, and by type as well
 * for interface keys). Function literal bodies are checked later. */
#include "types/check.h"

#include <string.h>

/* ---- struct literals -------------------------------------------------------- */

/* A visited field path; the prefix relation between paths decides the
 * duplicate errors (go/types' trie of index paths). */
typedef struct Visit {
    int *index;
    int n;
    Object *fld;
} Visit;
typedef Vec(Visit) Visits;

static void check_dup_field(Checker *chk, Visits *seen, AstNode *kv, int *index, int n, Object *fld) {
    for (int i = 0; i < seen->n; i++) {
        Visit *v = &seen->a[i];
        int m = v->n < n ? v->n : n;
        if (memcmp(v->index, index, sizeof(int) * (size_t)m) != 0) continue;
        if (v->fld == fld)
            check_errorf(chk, ast_start(kv), "duplicate field name %s in struct literal", fld->name->s);
        else if (v->n < n)
            check_errorf(chk, ast_start(kv), "cannot specify promoted field %s and enclosing embedded field %s",
                         fld->name->s, v->fld->name->s);
        else
            check_errorf(chk, ast_start(kv), "cannot specify embedded field %s and enclosed promoted field %s",
                         fld->name->s, v->fld->name->s);
        return;
    }
    Visit v = {index, n, fld};
    vec_push(seen, v);
}

/* "A.B.c": the path of a promoted field, for the version error. */
static const char *field_path(Checker *chk, Type *strct, int *index, int n) {
    StrBuf b = {0};
    Type *t = strct;
    for (int i = 0; i < n; i++) {
        Type *u = ty_underlying(ty_deref(t, NULL));
        if (!u || u->kind != T_STRUCT || index[i] >= u->u.strct.nfields) break;
        Object *f = u->u.strct.fields[index[i]];
        if (i) sb_putc(&b, '.');
        sb_puts(&b, f->name->s);
        t = f->type;
    }
    char *s = arena_strndup(chk->arena, b.s ? b.s : "", b.len);
    sb_free(&b);
    return s;
}

static void keyed_struct_lit(Checker *chk, Operand *x, AstNode *e, Type *base, Type *strct) {
    Visits seen = {0};
    for (int i = 0; i < e->u.complit.elts.n; i++) {
        AstNode *kv = e->u.complit.elts.a[i];
        if (kv->kind != N_KeyValueExpr) {
            check_errorf(chk, ast_start(kv), "mixture of field:value and value elements in struct literal");
            continue;
        }
        AstNode *key = kv->u.kv.key;
        check_generic_expr_hint(chk, x, kv->u.kv.value, NULL);
        if (key->kind != N_Ident) {
            check_errorf(chk, ast_start(kv), "invalid field name %E in struct literal", key);
            continue;
        }
        Lookup l = ty_lookup_field_or_method(strct, false, chk->pkg, key->u.ident.name);
        if (!l.obj) {
            Lookup alt = ty_lookup_impl(strct, false, chk->pkg, key->u.ident.name, true);
            check_errorf(chk, ast_start(key), "%s", check_lookup_error(chk, base, key->u.ident.name, alt.obj, true));
            continue;
        }
        if (l.obj->kind != OBJ_VAR) {
            check_errorf(chk, ast_start(key), "%E is not a field", key);
            continue;
        }
        if (l.nindex > 1 &&
            !check_verify_version(chk, ast_start(key), 27,
                                  check_sprintf(chk, "use of promoted field %s in struct literal of type %T",
                                                field_path(chk, strct, l.index, l.nindex), base)))
            continue;
        if (l.indirect) {
            check_errorf(chk, ast_start(key), "invalid implicit pointer indirection to reach %E", key);
            continue;
        }
        record_use(chk, key, l.obj);
        check_assignment(chk, x, l.obj->type, "struct literal");
        check_dup_field(chk, &seen, kv, l.index, l.nindex, l.obj);
    }
    vec_free(&seen);
}

static void positional_struct_lit(Checker *chk, Operand *x, AstNode *e, Type *base, Type *strct) {
    int nf = strct->u.strct.nfields;
    Object **fields = strct->u.strct.fields;
    for (int i = 0; i < e->u.complit.elts.n; i++) {
        AstNode *elt = e->u.complit.elts.a[i];
        if (elt->kind == N_KeyValueExpr) {
            check_errorf(chk, ast_start(elt), "mixture of field:value and value elements in struct literal");
            continue;
        }
        check_generic_expr_hint(chk, x, elt, NULL);
        if (i >= nf) {
            check_errorf(chk, ast_start(x->expr), "too many values in struct literal of type %T", base);
            break;
        }
        Object *fld = fields[i];
        if (!fld->exported && fld->pkg != chk->pkg) {
            check_errorf(chk, ast_start(x->expr),
                         "implicit assignment to unexported field %s in struct literal of type %T", fld->name->s,
                         base);
            continue;
        }
        check_assignment(chk, x, fld->type, "struct literal");
    }
    if (e->u.complit.elts.n < nf) {
        const char *hint = "";
        for (int i = 0; i < nf; i++)
            if (!fields[i]->exported && fields[i]->pkg != chk->pkg) {
                hint = " (type has unexported fields - use key:value pairs)";
                break;
            }
        check_errorf(chk, e->u.complit.rbrace, "too few values in struct literal of type %T%s", base, hint);
    }
}

/* ---- array, slice and map literals ---------------------------------------------- */

static int64_t indexed_elts(Checker *chk, AstList elts, Type *typ, int64_t length) {
    Map visited = {0};
    int64_t index = 0, max = 0;
    /* without keys, the indices are 0, 1, 2...: none can repeat */
    bool keyed = false;
    for (int i = 0; i < elts.n && !keyed; i++) keyed = elts.a[i]->kind == N_KeyValueExpr;
    for (int i = 0; i < elts.n; i++) {
        AstNode *e = elts.a[i], *eval = e;
        bool valid_index = false;
        if (e->kind == N_KeyValueExpr) {
            int64_t v;
            Type *t = check_index(chk, e->u.kv.key, length, &v);
            if (check_typ_valid(t)) {
                if (v >= 0) { index = v; valid_index = true; }
                else check_errorf(chk, ast_start(e), "index %E must be integer constant", e->u.kv.key);
            }
            eval = e->u.kv.value;
        } else if (length >= 0 && index >= length) {
            check_errorf(chk, ast_start(e), "index %lld is out of bounds (>= %lld)", (long long)index,
                         (long long)length);
        } else {
            valid_index = true;
        }
        if (valid_index && keyed) {
            uint64_t key = (uint64_t)index + 1;
            if (key && map_get(&visited, key))
                check_errorf(chk, ast_start(e), "duplicate index %lld in array or slice literal", (long long)index);
            if (key) map_put(&visited, key, (void *)1);
        }
        index++;
        if (index > max) max = index;
        Operand x = {0};
        check_generic_expr_hint(chk, &x, eval, typ);
        check_assignment(chk, &x, typ, "array or slice literal");
    }
    map_clear(&visited);
    return max;
}

/* go/types' keyVal: a canonical form of a constant key so that 1, 1.0 and
 * 1+0i compare equal; here its ExactString after normalizing the kind. */
static const char *key_val(Checker *chk, ConstVal v) {
    if (v.kind == CV_COMPLEX && cv_sign(cv_imag(v)) == 0) v = cv_real(v);
    if (v.kind == CV_FLOAT) {
        ConstVal i = cv_to_int(chk->arena, v);
        if (i.kind == CV_INT) v = i;
    }
    const char *s = cv_exact_string(chk->arena, v);
    return check_sprintf(chk, "%d:%s", v.kind == CV_FLOAT || v.kind == CV_INT ? CV_INT : v.kind, s);
}

/* Constant keys seen in a map literal: by key, the last entry with that
 * key, each linking to the one before (so a duplicate check looks only at
 * entries with the same key). */
typedef struct SeenKey {
    Type *type;
    int prev; /* index+1 of the previous entry with the same key, 0: none */
} SeenKey;

static void map_lit(Checker *chk, Operand *x, AstNode *e, Type *mt) {
    bool key_iface = ty_is_nontparam_interface(mt->u.map.key);
    Vec(SeenKey) seen = {0};
    Map last = {0}; /* key Sym* -> (void *)(index+1) of its last entry in seen */
    for (int i = 0; i < e->u.complit.elts.n; i++) {
        AstNode *kv = e->u.complit.elts.a[i];
        if (kv->kind != N_KeyValueExpr) {
            check_errorf(chk, ast_start(kv), "missing key in map literal");
            continue;
        }
        check_generic_expr_hint(chk, x, kv->u.kv.key, mt->u.map.key);
        check_assignment(chk, x, mt->u.map.key, "map literal");
        if (x->mode == OM_INVALID) continue;
        if (x->mode == OM_CONSTANT) {
            Sym *k = intern_cstr(key_val(chk, x->val));
            bool dup = false;
            int first = (int)(uintptr_t)map_getp(&last, k);
            for (int j = first; j && !dup; j = seen.a[j - 1].prev)
                if (!key_iface || ty_identical(seen.a[j - 1].type, x->type)) dup = true;
            SeenKey s = {x->type, first};
            vec_push(&seen, s);
            map_putp(&last, k, (void *)(uintptr_t)seen.n);
            if (dup) {
                check_errorf(chk, ast_start(x->expr), "duplicate key %s in map literal",
                             cv_string_of(chk->arena, x->val));
                continue;
            }
        }
        check_generic_expr_hint(chk, x, kv->u.kv.value, mt->u.map.elem);
        check_assignment(chk, x, mt->u.map.elem, "map literal");
    }
    vec_free(&seen);
    map_clear(&last);
}

/* ---- composite literals ----------------------------------------------------------- */

static bool is_ddd_array(AstNode *t) {
    return t && t->kind == N_ArrayType && t->u.array.len && t->u.array.len->kind == N_Ellipsis &&
           !t->u.array.len->u.ellipsis.elt;
}

void check_composite_lit(Checker *chk, Operand *x, AstNode *e, Type *hint) {
    Type *typ, *base;
    bool is_elem = false;
    AstNode *texpr = e->u.complit.type;
    if (texpr) {
        if (is_ddd_array(texpr)) {
            typ = ty_array(check_var_type(chk, texpr->u.array.elt), -1);
        } else {
            typ = check_typ(chk, texpr);
        }
        base = typ;
    } else if (hint) {
        typ = base = hint;
        int err;
        Type *t1, *t2;
        Type *u = ty_common_under(base, NULL, NULL, &err, &t1, &t2);
        if (u && u->kind == T_POINTER) base = u->u.ptr.elem;
        is_elem = true;
    } else {
        check_errorf(chk, ast_start(e), "missing type in composite literal");
        typ = base = ty_basic[B_INVALID];
    }
    if (!check_is_complete(chk, base)) { check_invalidate(x); return; }
    int err = 0;
    Type *t1, *t2;
    Type *u = ty_common_under(base, NULL, NULL, &err, &t1, &t2);
    switch (u ? u->kind : T_COUNT) {
    case T_STRUCT:
        if (e->u.complit.elts.n == 0) break;
        if (e->u.complit.elts.a[0]->kind == N_KeyValueExpr) keyed_struct_lit(chk, x, e, base, u);
        else positional_struct_lit(chk, x, e, base, u);
        break;
    case T_ARRAY: {
        int64_t n = indexed_elts(chk, e->u.complit.elts, u->u.array.elem, u->u.array.len);
        if (u->u.array.len < 0) {
            u->u.array.len = n;
            if (texpr) record_type_and_value(chk, texpr, OM_TYPEXPR, u, cv_unknown());
        }
        break;
    }
    case T_SLICE: indexed_elts(chk, e->u.complit.elts, u->u.ptr.elem, -1); break;
    case T_MAP: map_lit(chk, x, e, u); break;
    default: {
        for (int i = 0; i < e->u.complit.elts.n; i++) {
            AstNode *elt = e->u.complit.elts.a[i];
            if (elt->kind == N_KeyValueExpr) elt = elt->u.kv.value;
            check_use_n(chk, &elt, 1, false);
        }
        if (!u || ty_is_valid(u)) {
            check_errorf(chk, ast_start(e), "invalid composite literal%s type %T%s", is_elem ? " element" : "", typ,
                         u ? "" : " (no common underlying type)");
            check_invalidate(x);
            return;
        }
    }
    }
    x->mode = OM_VALUE;
    x->type = typ;
}

/* ---- function literals -------------------------------------------------------------- */

typedef struct FuncLitBody {
    DeclInfo *decl;
    Type *sig;
    AstNode *body;
    bool has_iota;
    ConstVal iota;
} FuncLitBody;

static void func_lit_body(Checker *chk, void *arg) {
    FuncLitBody *b = arg;
    check_func_body(chk, b->decl, intern_cstr("<function literal>"), b->sig, b->body, b->has_iota ? &b->iota : NULL);
}

void check_func_lit(Checker *chk, Operand *x, AstNode *e) {
    Type *sig = check_typ(chk, e->u.funclit.type);
    if (!sig || sig->kind != T_SIGNATURE) {
        check_errorf(chk, ast_start(e), "invalid function literal %E", e);
        check_invalidate(x);
        return;
    }
    if (e->u.funclit.body) {
        FuncLitBody *b = NEW(chk->arena, FuncLitBody);
        b->decl = chk->env.decl;
        b->sig = sig;
        b->body = e->u.funclit.body;
        b->has_iota = chk->env.has_iota;
        b->iota = chk->env.iota;
        check_later(chk, func_lit_body, b);
    }
    x->mode = OM_VALUE;
    x->type = sig;
}
