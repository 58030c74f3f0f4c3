/* predicates.c: questions about types the checker asks everywhere:
 * validity, names, generics, comparability (with the reason when not),
 * nil-ability, "all" predicates over a type parameter's type set, default
 * types of untyped values. Type parameters answer through their
 * constraint's type set, as in go/types. */
#include "types/types.h"

extern inline bool ty_is_valid(Type *t);

bool ty_has_name(Type *t) {
    Type *u = ty_unalias(t);
    return u && (u->kind == T_BASIC || u->kind == T_NAMED || u->kind == T_TYPEPARAM);
}

bool ty_is_type_lit(Type *t) {
    Type *u = ty_unalias(t);
    return u && u->kind != T_NAMED && u->kind != T_TYPEPARAM;
}

bool ty_is_generic(Type *t) {
    if (t->kind == T_ALIAS) return t->u.alias.ntparams > 0 && t->u.alias.ntargs == 0;
    Type *n = ty_unalias(t);
    return n && n->kind == T_NAMED && n->u.named.orig == n && n->u.named.ntparams > 0;
}

bool ty_is_untyped_numeric(Type *t) {
    return t && t->kind == T_BASIC && (t->u.basic.info & BI_UNTYPED) && (t->u.basic.info & BI_NUMERIC);
}

bool ty_is_nontparam_interface(Type *t) { return ty_is_interface(t); }

bool ty_has_empty_typeset(Type *t) {
    Type *tp = ty_unalias(t);
    if (!tp || tp->kind != T_TYPEPARAM || !tp->u.tparam.bound) return false;
    Type *u = ty_underlying(tp->u.tparam.bound);
    return u && u->kind == T_INTERFACE && u->u.iface.tset && ts_is_empty(u->u.iface.tset);
}

static bool term_is_basic(Type *t, Type *u, void *ctx) {
    (void)u;
    return t && ty_is_basic(t, *(BasicInfo *)ctx);
}

bool ty_all_basic(Type *t, BasicInfo info) {
    Type *tp = ty_unalias(t);
    if (tp && tp->kind == T_TYPEPARAM) {
        TypeSet *s = ts_of(ty_tparam_iface(tp));
        if (!ts_has_terms(s)) return false;
        for (int i = 0; i < s->nterms; i++)
            if (!term_is_basic(s->terms[i].type, NULL, &info)) return false;
        return true;
    }
    return ty_is_basic(t, info);
}

/* ---- comparability ------------------------------------------------------ */

/* The types met: the first few in place (no allocation), the rest in more. */
typedef struct Seen {
    Type *first[8];
    int n;
    Vec(Type *) more;
} Seen;

static bool seen_add(Seen *s, Type *t) {
    for (int i = 0; i < s->n; i++)
        if (s->first[i] == t) return false;
    for (int i = 0; i < s->more.n; i++)
        if (s->more.a[i] == t) return false;
    if (s->n < 8) s->first[s->n++] = t;
    else vec_push(&s->more, t);
    return true;
}

static CmpWhy comparable_in(Type *t, bool dynamic, Seen *seen, Type **why);

static bool ts_comparable_seen(TypeSet *s, Seen *seen) {
    if (s->all_types) return s->comparable;
    if (!s->nterms) return false;
    for (int i = 0; i < s->nterms; i++)
        if (comparable_in(s->terms[i].type, false, seen, NULL) != CMP_OK) return false;
    return true;
}

static CmpWhy comparable_in(Type *t, bool dynamic, Seen *seen, Type **why) {
    if (!seen_add(seen, t)) return CMP_OK;
    Type *u = ty_under(t);
    switch (u ? u->kind : T_COUNT) {
    case T_BASIC: return u->u.basic.kind == B_UNTYPED_NIL ? CMP_PLAIN : CMP_OK;
    case T_POINTER:
    case T_CHAN: return CMP_OK;
    case T_STRUCT:
        for (int i = 0; i < u->u.strct.nfields; i++) {
            Type *ft = u->u.strct.fields[i]->type;
            if (comparable_in(ft, dynamic, seen, NULL) != CMP_OK) {
                if (why) *why = ft;
                return CMP_STRUCT_FIELD;
            }
        }
        return CMP_OK;
    case T_ARRAY:
        if (comparable_in(u->u.array.elem, dynamic, seen, NULL) != CMP_OK) {
            if (why) *why = t;
            return CMP_ARRAY;
        }
        return CMP_OK;
    case T_INTERFACE: {
        if (dynamic && !ty_is_typeparam(t)) return CMP_OK;
        TypeSet *s = ts_of(u);
        if (ts_comparable_seen(s, seen)) return CMP_OK;
        return ts_is_empty(s) ? CMP_EMPTY_TYPESET : CMP_INCOMPARABLE_TS;
    }
    default: return CMP_PLAIN;
    }
}

CmpWhy ty_comparable_why(Type *t, bool dynamic, Type **why_type) {
    Seen seen;
    seen.n = 0;
    seen.more = (__typeof__(seen.more)){0};
    CmpWhy w = comparable_in(t, dynamic, &seen, why_type);
    vec_free(&seen.more);
    return w;
}

bool ty_is_comparable(Type *t) { return ty_comparable_why(t, true, NULL) == CMP_OK; }
bool ty_strictly_comparable(Type *t) { return ty_comparable_why(t, false, NULL) == CMP_OK; }

/* ---- nil, defaults ------------------------------------------------------- */

static bool under_has_nil(Type *t, Type *u, void *ctx) {
    (void)t, (void)ctx;
    return u && ty_has_nil(u);
}

bool ty_has_nil(Type *t) {
    Type *u = ty_under(t);
    switch (u ? u->kind : T_COUNT) {
    case T_BASIC: return u->u.basic.kind == B_UNSAFE_POINTER;
    case T_SLICE:
    case T_POINTER:
    case T_SIGNATURE:
    case T_MAP:
    case T_CHAN: return true;
    case T_INTERFACE: return !ty_is_typeparam(t) || ty_all(t, under_has_nil, NULL);
    default: return false;
    }
}

Type *ty_default(Type *t) {
    if (!t || t->kind != T_BASIC) return t;
    switch (t->u.basic.kind) {
    case B_UNTYPED_BOOL: return ty_basic[B_BOOL];
    case B_UNTYPED_INT: return ty_basic[B_INT];
    case B_UNTYPED_RUNE: return ty_rune;
    case B_UNTYPED_FLOAT: return ty_basic[B_FLOAT64];
    case B_UNTYPED_COMPLEX: return ty_basic[B_COMPLEX128];
    case B_UNTYPED_STRING: return ty_basic[B_STRING];
    default: return t;
    }
}

Type *ty_max_type(Type *x, Type *y) {
    if (x == y) return x;
    if (ty_is_untyped_numeric(x) && ty_is_untyped_numeric(y))
        return x->u.basic.kind > y->u.basic.kind ? x : y;
    return NULL;
}
