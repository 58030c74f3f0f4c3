/* range.c: range clauses (go/types' range.go).
 *
 * The range expression is checked first, then its key and value types
 * are derived from the common underlying type of its type set: strings,
 * arrays (and pointers to arrays), slices, maps, receiving channels,
 * integers (go1.22) and iterator functions func(yield func(K, V) bool)
 * (go1.23). The iteration variables are then declared in a new scope
 * (:=), visible from the body on, or assigned (=). (types2, unlike
 * go/types, records the range expression of an array as its constant
 * length when there is no value variable; the dump follows go/types.) */
#include "types/check.h"

#include <string.h>

typedef struct RangeTypes {
    Type *key, *val; /* NULL: no such iteration variable */
    const char *cause;
    bool ok;
} RangeTypes;

static int send_only_cond(Type *t, Type *u, void *ctx) {
    u = u ? ty_unalias(u) : NULL;
    if (u && u->kind == T_CHAN && u->u.chan.dir == CHAN_SEND) {
        *(Type **)ctx = t;
        return 1;
    }
    return 0;
}

static RangeTypes bad(const char *cause) {
    return (RangeTypes){ty_basic[B_INVALID], ty_basic[B_INVALID], cause, false};
}

static const char *common_under_error(Checker *chk, int err, Type *t1, Type *t2) {
    switch (err) {
    case CU_NO_SPECIFIC: return "no specific type";
    case CU_CHAN_ELEM: return check_sprintf(chk, "channels %T and %T have different element types", t1, t2);
    case CU_CHAN_DIR: return check_sprintf(chk, "channels %T and %T have conflicting directions", t1, t2);
    case CU_DIFFERENT: return check_sprintf(chk, "%T and %T have different underlying types", t1, t2);
    default: return "";
    }
}

static RangeTypes range_func(Checker *chk, Type *sig) {
    const char *pre = "func must be func(yield func(...) bool): ";
    if (!check_allow_version(chk, 23)) return bad("requires go1.23 or later");
    if (sig->u.sig.params->u.tuple.n != 1) return bad(check_sprintf(chk, "%swrong argument count", pre));
    if (sig->u.sig.results->u.tuple.n != 0) return bad(check_sprintf(chk, "%sunexpected results", pre));
    int err = 0;
    Type *t1 = NULL, *t2 = NULL;
    Type *u = ty_common_under(sig->u.sig.params->u.tuple.vars[0]->type, NULL, NULL, &err, &t1, &t2);
    Type *cb = u ? ty_unalias(u) : NULL;
    if (!cb || cb->kind != T_SIGNATURE || err) {
        if (err && !u)
            return bad(check_sprintf(chk, "%sin yield type, %s", pre, common_under_error(chk, err, t1, t2)));
        return bad(check_sprintf(chk, "%sargument is not func", pre));
    }
    Type *res = cb->u.sig.results;
    if (cb->u.sig.params->u.tuple.n > 2) return bad(check_sprintf(chk, "%syield func has too many parameters", pre));
    if (res->u.tuple.n != 1 || !ty_identical(res->u.tuple.vars[0]->type, ty_basic[B_BOOL])) {
        if (res->u.tuple.n == 1 && ty_is_basic(res->u.tuple.vars[0]->type, BI_BOOLEAN))
            return bad(check_sprintf(chk, "%syield func returns user-defined boolean, not bool", pre));
        return bad(check_sprintf(chk, "%syield func does not return bool", pre));
    }
    if (cb->u.sig.variadic) return bad(check_sprintf(chk, "yield func of type %T cannot be variadic", cb));
    RangeTypes r = {NULL, NULL, NULL, true};
    if (cb->u.sig.params->u.tuple.n >= 1) r.key = cb->u.sig.params->u.tuple.vars[0]->type;
    if (cb->u.sig.params->u.tuple.n >= 2) r.val = cb->u.sig.params->u.tuple.vars[1]->type;
    return r;
}

/* go/types' rangeKeyVal. */
static RangeTypes range_key_val(Checker *chk, Type *orig) {
    Type *bad_t = NULL, *t1 = NULL, *t2 = NULL;
    int err = 0;
    Type *rt = ty_common_under(orig, send_only_cond, &bad_t, &err, &t1, &t2);
    if (!rt || err) {
        if (err == CU_COND_BASE + 1) return bad(check_sprintf(chk, "receive from send-only channel %T", bad_t));
        return bad(common_under_error(chk, err, t1, t2));
    }
    rt = ty_unalias(rt);
    if (rt->kind == T_POINTER) {
        Type *a = ty_underlying(rt->u.ptr.elem);
        if (a && a->kind == T_ARRAY) rt = a;
    }
    switch (rt->kind) {
    case T_BASIC:
        if (rt->u.basic.info & BI_STRING) return (RangeTypes){ty_basic[B_INT], ty_rune, NULL, true};
        if (rt->u.basic.info & BI_INTEGER) {
            if (!check_allow_version(chk, 22)) return bad("requires go1.22 or later");
            return (RangeTypes){orig, NULL, NULL, true};
        }
        break;
    case T_ARRAY: return (RangeTypes){ty_basic[B_INT], rt->u.array.elem, NULL, true};
    case T_SLICE: return (RangeTypes){ty_basic[B_INT], rt->u.ptr.elem, NULL, true};
    case T_MAP: return (RangeTypes){rt->u.map.key, rt->u.map.elem, NULL, true};
    case T_CHAN: return (RangeTypes){rt->u.chan.elem, NULL, NULL, true};
    case T_SIGNATURE: return range_func(chk, rt);
    default: break;
    }
    return (RangeTypes){NULL, NULL, NULL, false};
}

static bool is_blank_name(AstNode *id) {
    return id->kind == N_Ident && !strcmp(id->u.ident.name->s, "_");
}

static void define_vars(Checker *chk, AstNode *s, AstNode **lhs, Type **rhs, Operand *x, bool over_int) {
    Object *vars[2];
    int nvars = 0;
    for (int i = 0; i < 2; i++) {
        if (!lhs[i]) continue;
        Object *obj;
        if (lhs[i]->kind == N_Ident) {
            obj = obj_var(VK_LOCAL, lhs[i]->pos, chk->pkg, lhs[i]->u.ident.name, NULL);
            record_def(chk, lhs[i], obj);
            if (!is_blank_name(lhs[i])) vars[nvars++] = obj;
        } else {
            check_errorf(chk, ast_start(lhs[i]), "cannot declare %E", lhs[i]);
            obj = obj_var(VK_LOCAL, ast_start(lhs[i]), chk->pkg, intern_cstr("_"), NULL);
        }
        Type *typ = rhs[i];
        if (!typ || !ty_is_valid(typ)) {
            obj->type = ty_basic[B_INVALID];
            obj->u.var.used = true;
            continue;
        }
        if (over_int) {
            check_init_var(chk, obj, x, "range clause");
        } else {
            Operand y = {OM_VALUE, lhs[i], typ, cv_unknown(), 0};
            check_init_var(chk, obj, &y, "assignment");
        }
    }
    if (nvars == 0) {
        Pos p = s->u.rangestmt.tokpos.file ? s->u.rangestmt.tokpos : s->pos;
        check_errorf(chk, p, "no new variables on left side of :=");
        return;
    }
    Pos scope_pos = ast_start(s->u.rangestmt.body);
    for (int i = 0; i < nvars; i++) check_declare(chk, chk->env.scope, NULL, vars[i], scope_pos);
}

static void assign_vars(Checker *chk, AstNode **lhs, Type **rhs, Operand *x, bool over_int) {
    for (int i = 0; i < 2; i++) {
        if (!lhs[i]) continue;
        Type *typ = rhs[i];
        if (!typ || !ty_is_valid(typ)) continue;
        if (over_int) {
            check_assign_var(chk, lhs[i], NULL, x, "range clause");
            if (x->mode != OM_INVALID && !ty_is_basic(x->type, BI_INTEGER))
                check_softf(chk, ast_start(lhs[i]), "cannot use iteration variable of type %T", x->type);
        } else {
            Operand y = {OM_VALUE, lhs[i], typ, cv_unknown(), 0};
            check_assign_var(chk, lhs[i], NULL, &y, "assignment");
        }
    }
}

static void report_clause(Checker *chk, Operand *x, RangeTypes *r, AstNode *skey, AstNode *sval) {
    Pos p = x->expr ? ast_start(x->expr) : (Pos){0};
    if (!r->ok && r->cause && *r->cause) check_softf(chk, p, "cannot range over %O: %s", x, r->cause);
    else if (!r->ok) check_softf(chk, p, "cannot range over %O", x);
    else if (!r->key && skey) check_softf(chk, ast_start(skey), "range over %O permits no iteration variables", x);
    else if (!r->val && sval)
        check_softf(chk, ast_start(sval), "range over %O permits only one iteration variable", x);
}

void check_range_stmt(Checker *chk, int inner, AstNode *s) {
    AstNode *skey = s->u.rangestmt.key, *sval = s->u.rangestmt.value, *rangevar = s->u.rangestmt.x;
    bool is_def = s->u.rangestmt.tok == TK_DEFINE;
    Operand x = {0};
    chk->env.has_call_or_recv = false;
    check_expr(chk, NULL, &x, rangevar);
    Type *key = NULL, *val = NULL;
    if (x.mode != OM_INVALID) {
        RangeTypes r = range_key_val(chk, x.type);
        report_clause(chk, &x, &r, skey, sval);
        key = r.key, val = r.val;
    }
    check_open_scope(chk, s, "range");
    AstNode *lhs[2] = {skey, sval};
    Type *rhs[2] = {key, val};
    bool over_int = x.mode != OM_INVALID && ty_is_basic(x.type, BI_INTEGER);
    if (is_def) define_vars(chk, s, lhs, rhs, &x, over_int);
    else if (skey) assign_vars(chk, lhs, rhs, &x, over_int);
    else if (over_int) check_assignment(chk, &x, NULL, "range clause");
    check_stmt(chk, inner, s->u.rangestmt.body);
    check_close_scope(chk);
}
