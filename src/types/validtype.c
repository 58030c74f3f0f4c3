/* validtype.c: invalid recursive types (go/types' validtype.go).
 *
 * A Named type is invalid when expanding it by value (arrays, struct
 * fields, union terms, embedded interfaces; type arguments through their
 * parameters) reaches an identical Named type again: "invalid recursive
 * type". nest holds the Named types being expanded, path the same for the
 * error message. */
#include "types/check.h"

typedef Vec(Type *) TypeVec;

static bool valid(Checker *chk, Type *typ, TypeVec *nest, TypeVec *path);

static Type *named_rhs(Checker *chk, Type *orig) {
    Type *rhs = map_getp(&chk->named_rhs, orig);
    return rhs ? rhs : orig->u.named.underlying;
}

static bool valid_named(Checker *chk, Type *t, TypeVec *nest, TypeVec *path) {
    for (int i = 0; i < nest->n; i++) {
        if (!ty_identical(nest->a[i], t)) continue;
        Type *orig = t->u.named.orig;
        orig->u.named.underlying = ty_basic[B_INVALID];
        map_putp(&chk->named_rhs, orig, ty_basic[B_INVALID]);
        for (int start = 0; start < path->n; start++) {
            if (!ty_identical(path->a[start], t)) continue;
            int n = path->n - start;
            Object **objs = NEWARR(chk->arena, Object *, n);
            for (int k = 0; k < n; k++) objs[k] = path->a[start + k]->u.named.obj;
            check_report_cycle(chk, objs, n, 0);
            return false;
        }
        die("validType: cycle start not found");
    }
    Type *rhs = named_rhs(chk, t->u.named.orig);
    if (!rhs) return true;
    vec_push(nest, t);
    vec_push(path, t);
    bool ok = valid(chk, rhs, nest, path);
    nest->n--;
    path->n--;
    return ok;
}

static bool valid_tparam(Checker *chk, Type *t, TypeVec *nest, TypeVec *path) {
    int d = nest->n - 1;
    if (d < 0) return true;
    Type *inst = nest->a[d];
    Type *orig = inst->u.named.orig;
    for (int i = 0; i < orig->u.named.ntparams; i++) {
        if (orig->u.named.tparams[i] != t || i >= inst->u.named.ntargs) continue;
        nest->n = d;
        bool res = valid(chk, inst->u.named.targs[i], nest, path);
        vec_push(nest, inst);
        return res;
    }
    return true;
}

static bool valid(Checker *chk, Type *typ, TypeVec *nest, TypeVec *path) {
    typ = ty_unalias(typ);
    if (!typ) return true;
    switch (typ->kind) {
    case T_ARRAY: return valid(chk, typ->u.array.elem, nest, path);
    case T_STRUCT:
        for (int i = 0; i < typ->u.strct.nfields; i++)
            if (!valid(chk, typ->u.strct.fields[i]->type, nest, path)) return false;
        return true;
    case T_UNION:
        for (int i = 0; i < typ->u.uni.n; i++)
            if (!valid(chk, typ->u.uni.terms[i].type, nest, path)) return false;
        return true;
    case T_INTERFACE:
        for (int i = 0; i < typ->u.iface.nembeddeds; i++)
            if (!valid(chk, typ->u.iface.embeddeds[i], nest, path)) return false;
        return true;
    case T_NAMED: return valid_named(chk, typ, nest, path);
    case T_TYPEPARAM: return valid_tparam(chk, typ, nest, path);
    default: return true;
    }
}

void check_valid_type(Checker *chk, Type *named) {
    TypeVec nest = {0}, path = {0};
    valid(chk, named, &nest, &path);
    vec_free(&nest);
    vec_free(&path);
}
