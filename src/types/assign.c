/* assign.c: assignability and assignments (go/types' assignments.go and
 * operand.go's assignableTo).
 *
 * check_assignment is the one place where a value meets the type it is
 * assigned to: untyped operands get their final type here (their default
 * type for interfaces and untyped targets), then assignability is checked
 * with a cause for the message. Variable initialization (var and :=),
 * assignments and return statements share the rhs handling: n = n values
 * one by one, else a single multi-value call or comma-ok expression, else
 * the "assignment mismatch" errors. */
#include "types/check.h"

#include <string.h>

/* ---- assignability ------------------------------------------------------ */

typedef struct AssignCtx {
    Checker *chk;
    Operand x;
    Type *tp, *vp, *orig_t;
    char **cause;
    bool ok;
} AssignCtx;

static void add_cause(Checker *chk, char **cause, char *msg) {
    if (!cause) return;
    if (*cause && **cause) msg = check_sprintf(chk, "%s\n\t%s", msg, *cause);
    *cause = msg;
}

static bool untyped_to_term(Type *t, Type *u, void *ctx) {
    AssignCtx *c = ctx;
    (void)u;
    if (!t) return false;
    ConstVal v;
    int code;
    return check_implicit_type(c->chk, &c->x, t, &v, &code) != NULL;
}

static bool to_tparam_term(Type *t, Type *u, void *ctx) {
    AssignCtx *c = ctx;
    (void)u;
    if (!t) return false;
    c->ok = check_assignable_to(c->chk, &c->x, t, c->cause);
    if (!c->ok) add_cause(c->chk, c->cause, check_sprintf(c->chk, "cannot assign %T to %T (in %T)", c->x.type, t, c->tp));
    return c->ok;
}

static bool from_tparam_term(Type *t, Type *u, void *ctx) {
    AssignCtx *c = ctx;
    (void)u;
    if (!t) return false;
    c->x.type = t;
    c->ok = check_assignable_to(c->chk, &c->x, c->orig_t, c->cause);
    if (!c->ok) add_cause(c->chk, c->cause, check_sprintf(c->chk, "cannot assign %T (in %T) to %T", t, c->vp, c->orig_t));
    return c->ok;
}

bool check_assignable_to(Checker *chk, Operand *x, Type *t, char **cause) {
    if (x->mode == OM_INVALID || !check_typ_valid(t)) return true;
    if (!x->type || !ty_is_valid(x->type)) return true;
    Type *orig_t = t;
    Type *v = ty_unalias(x->type);
    t = ty_unalias(t);
    if (ty_identical(v, t)) return true;
    Type *vu = ty_underlying(v), *tu = ty_underlying(t);
    Type *vp = v->kind == T_TYPEPARAM ? v : NULL;
    Type *tp = t->kind == T_TYPEPARAM ? t : NULL;
    AssignCtx c = {chk, *x, tp, vp, orig_t, cause, false};
    if (ty_is_untyped(vu)) {
        if (tp) return ty_all(tp, untyped_to_term, &c);
        ConstVal val;
        int code;
        return check_implicit_type(chk, x, t, &val, &code) != NULL;
    }
    if (ty_identical(vu, tu) && (!ty_has_name(v) || !ty_has_name(t)) && !vp && !tp) return true;
    if ((tu->kind == T_INTERFACE && !tp) || ty_is_interface_ptr(tu)) {
        if (check_implements(chk, v, t, false, cause)) return true;
        if (!vp) return false;
        if (cause) *cause = "";
    }
    if (vu->kind == T_INTERFACE && !vp) {
        if (check_implements(chk, t, v, false, NULL)) {
            if (cause) *cause = "need type assertion";
            return false;
        }
    }
    if (vu->kind == T_CHAN && vu->u.chan.dir == CHAN_BOTH && tu->kind == T_CHAN &&
        ty_identical(vu->u.chan.elem, tu->u.chan.elem))
        return !ty_has_name(v) || !ty_has_name(t);
    if (!vp && !tp) return false;
    if (!ty_has_name(v) && tp) {
        ty_all(tp, to_tparam_term, &c);
        return c.ok;
    }
    if (vp && !ty_has_name(t)) {
        ty_all(vp, from_tparam_term, &c);
        return c.ok;
    }
    return false;
}

/* ---- assignment of a value ----------------------------------------------- */

const char CHECK_CTX_ARGUMENT[] = "argument";

static const char *ctx_text(Checker *chk, const char *context) {
    if (context != CHECK_CTX_ARGUMENT) return context;
    return check_sprintf(chk, "argument to %E", chk->arg_fun);
}

static bool assign_untyped(Checker *chk, Operand *x, Type *t, const char *context) {
    Type *target = t;
    if (!t || ty_is_nontparam_interface(t)) {
        if (!t && check_is_nil(x)) {
            check_errorf(chk, ast_start(x->expr), "use of untyped nil in %s", ctx_text(chk, context));
            check_invalidate(x);
            return false;
        }
        target = ty_default(x->type);
    }
    ConstVal val;
    int code;
    Type *nt = check_implicit_type(chk, x, target, &val, &code);
    if (code) {
        const char *extra = code == CONV_TRUNCATED ? " (truncated)" : code == CONV_OVERFLOW ? " (overflows)" : "";
        check_errorf(chk, ast_start(x->expr), "cannot use %O as %T value in %s%s", x, target, ctx_text(chk, context),
                     extra);
        check_invalidate(x);
        return false;
    }
    if (!cv_is_unknown(val)) {
        x->val = val;
        check_update_expr_val(chk, x->expr, val);
    }
    if (nt != x->type) {
        x->type = nt;
        check_update_expr_type(chk, x->expr, nt, false);
    }
    return true;
}

void check_assignment(Checker *chk, Operand *x, Type *t, const char *context) {
    check_single_value(chk, x);
    switch (x->mode) {
    case OM_INVALID: return;
    case OM_NILVALUE: case OM_CONSTANT: case OM_VARIABLE: case OM_MAPINDEX: case OM_VALUE: case OM_COMMAOK:
    case OM_COMMAERR:
        break;
    default:
        check_errorf(chk, ast_start(x->expr), "cannot assign %O to %T in %s", x, t, ctx_text(chk, context));
        check_invalidate(x);
        return;
    }
    if (ty_is_untyped(x->type) && !assign_untyped(chk, x, t, context)) return;
    check_non_generic(chk, t, x);
    if (x->mode == OM_INVALID || !t) return;
    char *cause = NULL;
    if (!check_assignable_to(chk, x, t, &cause)) {
        if (cause && *cause)
            check_errorf(chk, ast_start(x->expr), "cannot use %O as %T value in %s: %s", x, t, ctx_text(chk, context),
                         cause);
        else
            check_errorf(chk, ast_start(x->expr), "cannot use %O as %T value in %s", x, t, ctx_text(chk, context));
        check_invalidate(x);
    }
}

void check_init_const(Checker *chk, Object *lhs, Operand *x) {
    if (x->mode == OM_INVALID || !check_typ_valid(x->type) || (lhs->type && !ty_is_valid(lhs->type))) {
        if (!lhs->type) lhs->type = ty_basic[B_INVALID];
        return;
    }
    if (x->mode != OM_CONSTANT) {
        check_errorf(chk, ast_start(x->expr), "%O is not constant", x);
        if (!lhs->type) lhs->type = ty_basic[B_INVALID];
        return;
    }
    if (!lhs->type) lhs->type = x->type;
    check_assignment(chk, x, lhs->type, "constant declaration");
    if (x->mode == OM_INVALID) return;
    lhs->u.val = x->val;
}

static void init_var(Checker *chk, Object *lhs, Operand *x, const char *context) {
    if (x->mode == OM_INVALID || !check_typ_valid(x->type) || (lhs->type && !ty_is_valid(lhs->type))) {
        if (!lhs->type) lhs->type = ty_basic[B_INVALID];
        check_invalidate(x);
        return;
    }
    if (!lhs->type) {
        Type *t = x->type;
        if (ty_is_untyped(t)) {
            if (check_is_nil(x)) {
                check_errorf(chk, ast_start(x->expr), "use of untyped nil in %s", context);
                lhs->type = ty_basic[B_INVALID];
                check_invalidate(x);
                return;
            }
            t = ty_default(t);
        }
        lhs->type = t;
    }
    check_assignment(chk, x, lhs->type, context);
}

/* go/types' lhsVar: the type of an assignment's lhs, NULL for _. */
static Type *lhs_var(Checker *chk, AstNode *lhs) {
    AstNode *ident = check_unparen(lhs);
    if (ident && ident->kind != N_Ident) ident = NULL;
    if (ident && check_is_blank(ident)) {
        record_def(chk, ident, NULL);
        return NULL;
    }
    Object *v = NULL;
    bool used = false;
    if (ident) {
        Object *obj = check_lookup(chk, ident->u.ident.name);
        if (obj && obj->kind == OBJ_VAR && obj->pkg == chk->pkg) {
            v = obj;
            used = v->u.var.used;
        }
    }
    Operand x = {0};
    check_expr(chk, NULL, &x, lhs);
    if (v) v->u.var.used = used;
    if (x.mode == OM_INVALID || !check_typ_valid(x.type)) return ty_basic[B_INVALID];
    if (x.mode == OM_VARIABLE || x.mode == OM_MAPINDEX) return x.type;
    if (x.expr && x.expr->kind == N_SelectorExpr) {
        Operand op = {0};
        check_expr(chk, NULL, &op, x.expr->u.sel.x);
        if (op.mode == OM_MAPINDEX) {
            check_errorf(chk, ast_start(x.expr), "cannot assign to struct field %E in map", x.expr);
            return ty_basic[B_INVALID];
        }
    }
    check_errorf(chk, ast_start(x.expr), "cannot assign to %E (neither addressable nor a map index expression)",
                 x.expr);
    return ty_basic[B_INVALID];
}

void check_assign_var(Checker *chk, AstNode *lhs, AstNode *rhs, Operand *x, const char *context) {
    Type *t = lhs_var(chk, lhs);
    if (t && !ty_is_valid(t)) {
        if (x) check_invalidate(x);
        else check_use_n(chk, &rhs, 1, false);
        return;
    }
    Operand y = {0};
    if (!x) {
        x = &y;
        check_expr(chk, t, x, rhs);
    }
    if (!t && strcmp(context, "assignment") == 0) context = "assignment to _ identifier";
    check_assignment(chk, x, t, context);
}

/* ---- errors and helpers ---------------------------------------------------- */

static const char *measure(Checker *chk, int n, const char *unit) {
    return check_sprintf(chk, "%d %s%s", n, unit, n != 1 ? "s" : "");
}

static void assign_error(Checker *chk, AstList rhs, int l, int r) {
    const char *vars = measure(chk, l, "variable"), *vals = measure(chk, r, "value");
    AstNode *rhs0 = rhs.a[0];
    AstNode *call = check_unparen(rhs0);
    if (rhs.n == 1 && call && call->kind == N_CallExpr) {
        check_errorf(chk, ast_start(rhs0), "assignment mismatch: %s but %E returns %s", vars, call->u.call.fun, vals);
        return;
    }
    check_errorf(chk, ast_start(rhs0), "assignment mismatch: %s but %s", vars, vals);
}

static void return_error(Checker *chk, AstNode *ret, Object **lhs, int l, Operand *rhs, int r) {
    const char *qual = "not enough";
    Pos at = ret->pos;
    if (r > l) { at = ast_start(rhs[l].expr); qual = "too many"; }
    else if (r > 0) at = ast_start(rhs[r - 1].expr);
    Type **rt = NEWARR(chk->arena, Type *, r + 1), **lt = NEWARR(chk->arena, Type *, l + 1);
    for (int i = 0; i < r; i++) rt[i] = rhs[i].type;
    for (int i = 0; i < l; i++) lt[i] = lhs[i]->type;
    check_errorf(chk, at, "%s return values\n\thave %s\n\twant %s", qual, check_types_summary(chk, rt, r, false, false),
                 check_types_summary(chk, lt, l, false, false));
}

/* go/types' exprList: the values of a list of expressions. */
void check_expr_list(Checker *chk, AstList list, Operand **out, int *n) {
    if (list.n == 1) { check_multi_expr(chk, list.a[0], out, n, false); return; }
    Operand *xs = NEWARR(chk->arena, Operand, list.n + 1);
    for (int i = 0; i < list.n; i++) check_expr(chk, NULL, &xs[i], list.a[i]);
    *out = xs;
    *n = list.n;
}

/* go/types' recordCommaOkTypes: a comma-ok expression's recorded type
 * becomes the pair (T, bool) or (T, error), through parentheses. */
void check_record_comma_ok_types(Checker *chk, AstNode *e, Operand *a) {
    if (a[0].mode == OM_INVALID || chk->info->unread) return;
    int n = 1;
    for (AstNode *p = e; p->kind == N_ParenExpr; p = p->u.paren.x) n++;
    Type **pairs = NEWARR(chk->scratch, Type *, n); /* one per level, as go/types makes them */
    AstNode *x = e;
    for (int i = 0; i < n; i++) {
        Object *vars[2];
        Pos pos = ast_start(x);
        vars[0] = obj_var(VK_LOCAL, pos, chk->pkg, intern_cstr(""), a[0].type);
        vars[1] = obj_var(VK_LOCAL, pos, chk->pkg, intern_cstr(""), a[1].type);
        pairs[i] = ty_tuple(vars, 2);
        if (i + 1 < n) x = x->u.paren.x;
    }
    check_send_comma_ok(chk, e, pairs);
}

static void invalidate_untyped_vars(Object **lhs, int n) {
    for (int i = 0; i < n; i++)
        if (!lhs[i]->type) lhs[i]->type = ty_basic[B_INVALID];
}

static bool is_call(AstList rhs) {
    AstNode *e = rhs.n == 1 ? check_unparen(rhs.a[0]) : NULL;
    return e && e->kind == N_CallExpr;
}

/* ---- declarations and assignments ------------------------------------------ */

void check_init_vars(Checker *chk, Object **lhs, int l, AstList rhs, AstNode *return_stmt) {
    int r = rhs.n;
    const char *context = return_stmt ? "return statement" : l > 1 ? "multiple assignment" : "assignment";
    if (l == r && !is_call(rhs)) {
        for (int i = 0; i < l; i++) {
            Operand x = {0};
            check_expr(chk, lhs[i]->type, &x, rhs.a[i]);
            init_var(chk, lhs[i], &x, context);
        }
        return;
    }
    if (r != 1) {
        if (check_use_n(chk, rhs.a, rhs.n, false)) {
            if (return_stmt) {
                Operand *xs;
                int n;
                check_expr_list(chk, rhs, &xs, &n);
                return_error(chk, return_stmt, lhs, l, xs, n);
            } else if (r > 0) {
                assign_error(chk, rhs, l, r);
            }
        }
        invalidate_untyped_vars(lhs, l);
        return;
    }
    Operand *xs;
    int n;
    bool comma_ok = check_multi_expr_ok(chk, rhs.a[0], &xs, &n, l == 2 && !return_stmt);
    if (l == n) {
        for (int i = 0; i < l; i++) init_var(chk, lhs[i], &xs[i], context);
        if (comma_ok && xs[0].mode != OM_INVALID && xs[1].mode != OM_INVALID)
            check_record_comma_ok_types(chk, rhs.a[0], xs);
        return;
    }
    if (xs[0].mode != OM_INVALID) {
        if (return_stmt) return_error(chk, return_stmt, lhs, l, xs, n);
        else assign_error(chk, rhs, l, n);
    }
    invalidate_untyped_vars(lhs, l);
}

void check_assign_vars(Checker *chk, AstList lhs, AstList rhs) {
    int l = lhs.n, r = rhs.n;
    const char *context = l > 1 ? "multiple assignment" : "assignment";
    if (l == r && !is_call(rhs)) {
        for (int i = 0; i < l; i++) check_assign_var(chk, lhs.a[i], rhs.a[i], NULL, context);
        return;
    }
    if (r != 1) {
        bool ok_lhs = check_use_n(chk, lhs.a, lhs.n, true);
        bool ok_rhs = check_use_n(chk, rhs.a, rhs.n, false);
        if (ok_lhs && ok_rhs && r > 0) assign_error(chk, rhs, l, r);
        return;
    }
    Operand *xs;
    int n;
    bool comma_ok = check_multi_expr_ok(chk, rhs.a[0], &xs, &n, l == 2);
    if (l == n) {
        for (int i = 0; i < l; i++) check_assign_var(chk, lhs.a[i], NULL, &xs[i], context);
        if (comma_ok && xs[0].mode != OM_INVALID && xs[1].mode != OM_INVALID)
            check_record_comma_ok_types(chk, rhs.a[0], xs);
        return;
    }
    if (xs[0].mode != OM_INVALID) assign_error(chk, rhs, l, n);
    check_use_n(chk, lhs.a, lhs.n, true);
}

void check_short_var_decl(Checker *chk, AstNode *pos, AstList lhs, AstList rhs) {
    int top = chk->delayed.n;
    Scope *scope = chk->env.scope;
    Object **vars = NEWARR(chk->arena, Object *, lhs.n + 1);
    Object **newvars = NEWARR(chk->arena, Object *, lhs.n + 1);
    int nnew = 0;
    bool has_err = false;
    for (int i = 0; i < lhs.n; i++) {
        AstNode *id = lhs.a[i];
        if (id->kind != N_Ident) {
            check_use_n(chk, &lhs.a[i], 1, true);
            check_errorf(chk, ast_start(id), "non-name %E on left side of :=", id);
            has_err = true;
            continue;
        }
        Sym *name = id->u.ident.name;
        if (!check_is_blank(id)) {
            bool seen = false;
            for (int j = 0; j < i; j++)
                if (lhs.a[j]->kind == N_Ident && lhs.a[j]->u.ident.name == name) seen = true;
            if (seen) {
                check_errorf(chk, ast_start(id), "%E repeated on left side of :=", id);
                has_err = true;
                continue;
            }
        }
        Object *alt = scope_lookup(scope, name);
        if (alt) {
            record_use(chk, id, alt);
            if (alt->kind == OBJ_VAR) vars[i] = alt;
            else {
                check_errorf(chk, ast_start(id), "cannot assign to %E", id);
                has_err = true;
            }
            continue;
        }
        Object *obj = obj_var(VK_LOCAL, id->pos, chk->pkg, name, NULL);
        vars[i] = obj;
        if (!check_is_blank(id)) newvars[nnew++] = obj;
        record_def(chk, id, obj);
    }
    for (int i = 0; i < lhs.n; i++)
        if (!vars[i]) vars[i] = obj_var(VK_LOCAL, lhs.a[i]->pos, chk->pkg, intern_cstr("_"), NULL);
    check_init_vars(chk, vars, lhs.n, rhs, NULL);
    check_process_delayed(chk, top);
    if (nnew == 0 && !has_err) {
        check_softf(chk, pos->pos, "no new variables on left side of :=");
        return;
    }
    Pos scope_pos = rhs.n ? check_expr_end(rhs.a[rhs.n - 1]) : pos->pos;
    for (int i = 0; i < nnew; i++) check_declare(chk, scope, NULL, newvars[i], scope_pos);
}

/* ---- exported for range clauses (check-stmt) --------------------------------- */

void check_init_var(Checker *chk, Object *lhs, Operand *x, const char *context) {
    init_var(chk, lhs, x, context);
}
