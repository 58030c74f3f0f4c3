/* stmt.c: function bodies and statements (go/types' stmt.go).
 *
 * A function body gets a function scope holding its type parameters,
 * receiver, parameters and results; every block-like statement opens a
 * nested scope recorded for its node. Statements are checked with a
 * context of what may appear inside them (break, continue, fallthrough),
 * delayed actions queued by a statement run when it is done, and after
 * the body come the label pass, the "missing return" check and the report
 * of unused variables. Scopes have no child lists, so the scopes opened
 * while checking one body are remembered here to find unused variables
 * (function literals check their own bodies and report their own). */
#include "types/check.h"

#include <stdlib.h>
#include <string.h>

typedef Vec(Scope *) ScopeVec;

/* gc's configuration: branch errors come from branches.c, not types2 */
enum { CHECK_TYPES2_BRANCH_ERRORS = 0 };

/* scopes opened in the function body being checked */
static ScopeVec *body_scopes;

static AstNode *unparen(AstNode *e) {
    while (e && e->kind == N_ParenExpr) e = e->u.paren.x;
    return e;
}

static Pos pos_after(Pos p) {
    p.col++;
    return p;
}

/* The end of a statement whose extent we record (approximate for nodes
 * without a closing token of their own). */
static Pos stmt_end(AstNode *s) {
    if (!s) return (Pos){0};
    switch (s->kind) {
    case N_BlockStmt: return pos_after(s->u.block.rbrace);
    case N_IfStmt: return stmt_end(s->u.ifstmt.els ? s->u.ifstmt.els : s->u.ifstmt.body);
    case N_SwitchStmt:
    case N_TypeSwitchStmt: return stmt_end(s->u.switchstmt.body);
    case N_SelectStmt: return stmt_end(s->u.selectstmt.body);
    case N_ForStmt: return stmt_end(s->u.forstmt.body);
    case N_RangeStmt: return stmt_end(s->u.rangestmt.body);
    case N_CaseClause:
        return s->u.caseclause.body.n ? stmt_end(s->u.caseclause.body.a[s->u.caseclause.body.n - 1])
                                      : pos_after(s->u.caseclause.colon);
    case N_CommClause:
        return s->u.commclause.body.n ? stmt_end(s->u.commclause.body.a[s->u.commclause.body.n - 1])
                                      : pos_after(s->u.commclause.colon);
    case N_LabeledStmt: return stmt_end(s->u.labeled.stmt);
    default: return s->pos;
    }
}

void check_open_scope(Checker *chk, AstNode *node, const char *comment) {
    Scope *s = scope_new(chk->env.scope, ast_start(node), stmt_end(node), comment);
    record_scope(chk, node, s);
    chk->env.scope = s;
    if (body_scopes) vec_push(body_scopes, s);
}

void check_close_scope(Checker *chk) {
    chk->env.scope = chk->env.scope->parent;
}

/* ---- function bodies ------------------------------------------------------ */

static void declare_var(Scope *s, Object *v) {
    if (!v || !v->name || v->name->len == 0 || !strcmp(v->name->s, "_")) return;
    scope_insert(s, v);
}

static void declare_tparams(Scope *s, Type **tps, int n) {
    for (int i = 0; i < n; i++) {
        Object *o = tps[i]->u.tparam.obj;
        if (o && o->name && strcmp(o->name->s, "_")) scope_insert(s, o);
    }
}

/* The signature's function scope: the one made when the signature was
 * checked (for literals too), or else a new one with
 * the type parameters, receiver, parameters and results (errors about
 * them were reported with the signature). */
static Scope *func_scope(Checker *chk, DeclInfo *decl, Type *sig, AstNode *body) {
    Scope *known = map_getp(&chk->sig_scopes, sig); /* go/types' sig.scope */
    if (known) {
        known->is_func = true;
        return known;
    }
    Scope *parent = chk->env.scope;
    Pos start = ast_start(body);
    if (decl && decl->fdecl && decl->fdecl->u.funcdecl.body == body) {
        AstNode *ft = decl->fdecl->u.funcdecl.type;
        Scope *s = map_getp(&chk->info->scopes, ft);
        if (s) {
            s->is_func = true;
            return s;
        }
        if (decl->file) parent = decl->file;
        start = ast_start(ft);
    }
    Scope *s = scope_new(parent, start, stmt_end(body), "function");
    s->is_func = true;
    declare_tparams(s, sig->u.sig.rtparams, sig->u.sig.nrtparams);
    declare_tparams(s, sig->u.sig.tparams, sig->u.sig.ntparams);
    declare_var(s, sig->u.sig.recv);
    for (int i = 0; i < sig->u.sig.params->u.tuple.n; i++) declare_var(s, sig->u.sig.params->u.tuple.vars[i]);
    for (int i = 0; i < sig->u.sig.results->u.tuple.n; i++) declare_var(s, sig->u.sig.results->u.tuple.vars[i]);
    return s;
}

static int cmp_obj_pos(const void *a, const void *b) {
    const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    return pos_cmp_rel(x->pos, y->pos);
}

typedef Vec(Object *) ObjVec;

static void collect_unused(Scope *s, ObjVec *out) {
    for (int i = 0; i < s->objs.n; i++) {
        Object *o = s->objs.a[i];
        if (o->kind == OBJ_VAR && o->u.var.vkind == VK_LOCAL && !o->u.var.used) vec_push(out, o);
    }
}

/* go/types' usage: unused local variables of the body, by position. */
static void usage(Checker *chk, Scope *fscope, ScopeVec *scopes) {
    ObjVec unused = {0};
    collect_unused(fscope, &unused);
    for (int i = 0; i < scopes->n; i++) collect_unused(scopes->a[i], &unused);
    if (unused.n > 1) qsort(unused.a, (size_t)unused.n, sizeof(Object *), cmp_obj_pos);
    for (int i = 0; i < unused.n; i++) check_softf(chk, unused.a[i]->pos, "declared and not used: %s", unused.a[i]->name->s);
    vec_free(&unused);
}

void check_func_body(Checker *chk, DeclInfo *decl, Sym *name, Type *sig, AstNode *body, ConstVal *iota) {
    (void)name;
    if (!body || !sig || sig->kind != T_SIGNATURE) return;
    Env saved = chk->env;
    ScopeVec *saved_scopes = body_scopes, scopes = {0};
    body_scopes = &scopes;
    Scope *fs = func_scope(chk, decl, sig, body);
    memset(&chk->env, 0, sizeof chk->env);
    chk->env.decl = decl;
    chk->env.scope = fs;
    chk->env.sig = sig;
    chk->env.version = saved.version; /* the file's language version */
    if (iota) chk->env.has_iota = true, chk->env.iota = *iota;
    check_stmt_list(chk, 0, body->u.block.list);
    check_branches(chk, body);
    if (chk->env.has_label) check_labels(chk, body);
    if (sig->u.sig.results->u.tuple.n > 0 && !check_is_terminating(chk, body, NULL))
        check_errorf(chk, body->u.block.rbrace, "missing return");
    usage(chk, fs, &scopes);
    vec_free(&scopes);
    body_scopes = saved_scopes;
    chk->env = saved;
}

/* ---- statement lists ------------------------------------------------------- */

static int trimmed_len(AstList list) {
    int n = list.n;
    while (n > 0 && list.a[n - 1]->kind == N_EmptyStmt) n--;
    return n;
}

void check_stmt_list(Checker *chk, int ctxt, AstList list) {
    bool ok = ctxt & SC_FALLTHROUGH_OK;
    int inner = ctxt & ~SC_FALLTHROUGH_OK;
    int n = trimmed_len(list);
    for (int i = 0; i < n; i++) {
        int c = inner;
        if (ok && i + 1 == n) c |= SC_FALLTHROUGH_OK;
        check_stmt(chk, c, list.a[i]);
    }
}

static void simple_stmt(Checker *chk, AstNode *s) {
    if (s) check_stmt(chk, 0, s);
}

static void multiple_defaults(Checker *chk, AstList list) {
    AstNode *first = NULL;
    for (int i = 0; i < list.n; i++) {
        AstNode *s = list.a[i], *d = NULL;
        if (s->kind == N_CaseClause && s->u.caseclause.list.n == 0) d = s;
        else if (s->kind == N_CommClause && !s->u.commclause.comm) d = s;
        if (!d) continue;
        if (first) {
            char *fp = check_pos_string(first->pos);
            check_errorf(chk, d->pos, "multiple defaults (first at %s)", fp);
            free(fp);
        } else {
            first = d;
        }
    }
}

/* ---- simple statements ------------------------------------------------------ */

static void expr_stmt(Checker *chk, AstNode *s) {
    Operand x = {0};
    ExprKind kind = check_raw_expr(chk, NULL, &x, s->u.exprstmt.x, NULL, false);
    const char *msg;
    switch (x.mode) {
    case OM_BUILTIN: msg = "must be called"; break;
    case OM_TYPEXPR: msg = "is not an expression"; break;
    default:
        if (kind == EK_STATEMENT) return;
        msg = "is not used";
        break;
    }
    check_errorf(chk, ast_start(s->u.exprstmt.x), "%O %s", &x, msg);
}

static void send_stmt(Checker *chk, AstNode *s) {
    Operand ch = {0}, val = {0};
    check_expr(chk, NULL, &ch, s->u.send.chan);
    check_generic_expr(chk, &val, s->u.send.value);
    if (ch.mode == OM_INVALID || val.mode == OM_INVALID) return;
    Type *elem = check_chan_elem(chk, ast_start(s), &ch, false);
    if (elem) check_assignment(chk, &val, elem, "send");
}

static void incdec_stmt(Checker *chk, AstNode *s) {
    Tok op = s->u.incdec.tok == TK_INC ? TK_ADD : TK_SUB;
    Operand x = {0};
    AstNode *lhs = s->u.incdec.x;
    check_expr(chk, NULL, &x, lhs);
    if (x.mode == OM_INVALID) return;
    if (!ty_all_numeric(x.type)) {
        check_errorf(chk, ast_start(lhs), "invalid operation: %E%s (non-numeric type %T)", lhs,
                     tok_string(s->u.incdec.tok), x.type);
        return;
    }
    /* the constant 1 at x's position */
    AstNode *one = arena_alloc(chk->arena, sizeof(AstNode));
    one->kind = N_BasicLit;
    one->pos = ast_start(lhs);
    one->u.lit.kind = TK_INT;
    one->u.lit.val = "1";
    one->u.lit.len = 1;
    one->u.lit.end = pos_after(one->pos);
    check_binary(chk, &x, NULL, lhs, one, op, s->pos);
    if (x.mode == OM_INVALID) return;
    check_assign_var(chk, lhs, NULL, &x, "assignment");
}

static Tok assign_op(Tok t) {
    switch (t) {
    case TK_ADD_ASSIGN: return TK_ADD;
    case TK_SUB_ASSIGN: return TK_SUB;
    case TK_MUL_ASSIGN: return TK_MUL;
    case TK_QUO_ASSIGN: return TK_QUO;
    case TK_REM_ASSIGN: return TK_REM;
    case TK_AND_ASSIGN: return TK_AND;
    case TK_OR_ASSIGN: return TK_OR;
    case TK_XOR_ASSIGN: return TK_XOR;
    case TK_SHL_ASSIGN: return TK_SHL;
    case TK_SHR_ASSIGN: return TK_SHR;
    case TK_AND_NOT_ASSIGN: return TK_AND_NOT;
    default: return TK_ILLEGAL;
    }
}

static void assign_stmt(Checker *chk, AstNode *s) {
    AstList lhs = s->u.assign.lhs, rhs = s->u.assign.rhs;
    Tok tok = s->u.assign.tok;
    if (tok == TK_ASSIGN || tok == TK_DEFINE) {
        if (lhs.n == 0) return;
        if (tok == TK_DEFINE) check_short_var_decl(chk, s, lhs, rhs);
        else check_assign_vars(chk, lhs, rhs);
        return;
    }
    if (lhs.n != 1 || rhs.n != 1) {
        check_errorf(chk, s->pos, "assignment operation %s requires single-valued expressions", tok_string(tok));
        return;
    }
    Tok op = assign_op(tok);
    if (op == TK_ILLEGAL) return;
    Operand x = {0};
    check_binary(chk, &x, NULL, lhs.a[0], rhs.a[0], op, s->pos);
    if (x.mode == OM_INVALID) return;
    check_assign_var(chk, lhs.a[0], NULL, &x, "assignment");
}

static void suspended_call(Checker *chk, const char *keyword, AstNode *call) {
    Operand x = {0};
    const char *msg;
    if (check_unparen(call)->kind != N_CallExpr) {
        /* "expression in defer must be function call": reported by the
         * parser (gc: types2), which keeps the statement; use the operand */
        AstNode *one[1] = {call};
        check_use_exprs(chk, (AstList){one, 1});
        return;
    }
    switch (check_raw_expr(chk, NULL, &x, call, NULL, false)) {
    case EK_CONVERSION: msg = "requires function call, not conversion"; break;
    case EK_EXPRESSION: msg = "discards result of"; break;
    default: return;
    }
    check_errorf(chk, ast_start(call), "%s %s %O", keyword, msg, &x);
}

static void return_stmt(Checker *chk, AstNode *s) {
    Type *res = chk->env.sig ? chk->env.sig->u.sig.results : NULL;
    int nres = res ? res->u.tuple.n : 0;
    if (s->u.ret.results.n == 0 && nres > 0 && res->u.tuple.vars[0]->name->len > 0) {
        for (int i = 0; i < nres; i++) {
            Object *obj = res->u.tuple.vars[i];
            Object *alt = check_lookup(chk, obj->name);
            if (alt && alt != obj) {
                char *inner = check_sprintf(chk, "inner declaration of %B", obj);
                check_error_parts(chk, s->pos, check_sprintf(chk, "result parameter %s not in scope at return", obj->name->s),
                                  1, &alt->pos, &inner);
            }
        }
        return;
    }
    check_init_vars(chk, nres ? res->u.tuple.vars : NULL, nres, s->u.ret.results, s);
}

/* Unlabeled break, continue and fallthrough as types2 checks them; gc
 * has types2 ignore branch errors and reports its own (branches.c). */
static void branch_stmt(Checker *chk, int ctxt, AstNode *s) {
    if (s->u.branch.label) {
        chk->env.has_label = true;
        return;
    }
    if (!CHECK_TYPES2_BRANCH_ERRORS) return;
    switch (s->u.branch.tok) {
    case TK_BREAK:
        if (!(ctxt & SC_BREAK_OK)) check_errorf(chk, s->pos, "break not in for, switch, or select statement");
        break;
    case TK_CONTINUE:
        if (!(ctxt & SC_CONTINUE_OK)) check_errorf(chk, s->pos, "continue not in for statement");
        break;
    case TK_FALLTHROUGH:
        if (ctxt & SC_FALLTHROUGH_OK) break;
        if (ctxt & SC_FINAL_SWITCH_CASE) check_errorf(chk, s->pos, "cannot fallthrough final case in switch");
        else if (ctxt & SC_IN_TYPE_SWITCH) check_errorf(chk, s->pos, "cannot fallthrough in type switch");
        else check_errorf(chk, s->pos, "fallthrough statement out of place");
        break;
    default: break;
    }
}

/* ---- compound statements ------------------------------------------------------ */

static void cond_check(Checker *chk, AstNode *cond, const char *what) {
    Operand x = {0};
    check_expr(chk, NULL, &x, cond);
    if (x.mode != OM_INVALID && !ty_all_boolean(x.type))
        check_errorf(chk, ast_start(cond), "non-boolean condition in %s statement", what);
}

static void if_stmt(Checker *chk, int inner, AstNode *s) {
    check_open_scope(chk, s, "if");
    simple_stmt(chk, s->u.ifstmt.init);
    if (s->u.ifstmt.cond) cond_check(chk, s->u.ifstmt.cond, "if");
    check_stmt(chk, inner, s->u.ifstmt.body);
    AstNode *e = s->u.ifstmt.els;
    if (e && (e->kind == N_IfStmt || e->kind == N_BlockStmt)) check_stmt(chk, inner, e);
    check_close_scope(chk);
}

/* A constant case value seen before: its value, type and position. */
typedef struct SeenVal {
    ConstVal val;
    Type *type;
    Pos pos;
} SeenVal;
typedef Vec(SeenVal) SeenVals;

static bool go_val_equal(ConstVal a, ConstVal b) {
    if (a.kind != b.kind) {
        return false;
    }
    return cv_compare(a, CV_EQL, b);
}

/* go/types' goVal: only integers that fit int64 or uint64, floats exact
 * as float64 and strings take part. */
static bool has_go_val(ConstVal v) {
    bool exact = false;
    switch (v.kind) {
    case CV_STRING: return true;
    case CV_INT:
        cv_int64_val(v, &exact);
        if (!exact) cv_uint64_val(v, &exact);
        return exact;
    case CV_FLOAT: cv_float64_val(v, &exact); return exact;
    default: return false;
    }
}

static void case_values(Checker *chk, Operand *x, AstList values, SeenVals *seen) {
    for (int i = 0; i < values.n; i++) {
        Operand v = {0};
        check_expr(chk, NULL, &v, values.a[i]);
        if (x->mode == OM_INVALID || v.mode == OM_INVALID) continue;
        check_convert_untyped(chk, &v, x->type);
        if (v.mode == OM_INVALID) continue;
        Operand res = v, xx = *x;
        check_comparison(chk, &res, &xx, TK_EQL, true);
        if (res.mode == OM_INVALID || v.mode != OM_CONSTANT || !has_go_val(v.val)) continue;
        bool dup = false;
        for (int k = 0; k < seen->n && !dup; k++) {
            SeenVal *sv = &seen->a[k];
            if (go_val_equal(sv->val, v.val) && ty_identical(v.type, sv->type)) {
                char *prev = "previous case";
                check_error_parts(chk, ast_start(v.expr), check_sprintf(chk, "duplicate case %O in expression switch", &v),
                                  1, &sv->pos, &prev);
                dup = true;
            }
        }
        if (!dup) vec_push(seen, ((SeenVal){v.val, v.type, ast_start(v.expr)}));
    }
}

static void switch_stmt(Checker *chk, int inner, AstNode *s) {
    inner |= SC_BREAK_OK;
    check_open_scope(chk, s, "switch");
    simple_stmt(chk, s->u.switchstmt.init);
    Operand x = {0};
    AstNode *body = s->u.switchstmt.body;
    if (s->u.switchstmt.tag) {
        check_expr(chk, NULL, &x, s->u.switchstmt.tag);
        check_assignment(chk, &x, NULL, "switch expression");
        if (x.mode != OM_INVALID && !ty_is_comparable(x.type) && !ty_has_nil(x.type)) {
            check_errorf(chk, ast_start(x.expr), "cannot switch on %O (%T is not comparable)", &x, x.type);
            x.mode = OM_INVALID;
        }
    } else {
        AstNode *t = arena_alloc(chk->arena, sizeof(AstNode));
        t->kind = N_Ident;
        t->pos = body->u.block.lbrace;
        t->u.ident.name = intern_cstr("true");
        x.mode = OM_CONSTANT;
        x.type = ty_basic[B_BOOL];
        x.val = cv_bool(true);
        x.expr = t;
    }
    AstList list = body->u.block.list;
    multiple_defaults(chk, list);
    SeenVals seen = {0};
    for (int i = 0; i < list.n; i++) {
        AstNode *c = list.a[i];
        if (c->kind != N_CaseClause) continue;
        case_values(chk, &x, c->u.caseclause.list, &seen);
        check_open_scope(chk, c, "case");
        int ci = inner | (i + 1 < list.n ? SC_FALLTHROUGH_OK : SC_FINAL_SWITCH_CASE);
        check_stmt_list(chk, ci, c->u.caseclause.body);
        check_close_scope(chk);
    }
    vec_free(&seen);
    check_close_scope(chk);
}

static bool is_nil_ident(Checker *chk, AstNode *e) {
    e = unparen(e);
    if (e->kind != N_Ident) return false;
    Object *o = check_lookup(chk, e->u.ident.name);
    return o && o->kind == OBJ_NIL;
}

typedef struct SeenType {
    Type *type; /* NULL: nil */
    AstNode *e;
} SeenType;
typedef Vec(SeenType) SeenTypes;

/* go/types' caseTypes: the type of the clause's symbolic variable. */
static Type *case_types(Checker *chk, Operand *x, AstList types, SeenTypes *seen) {
    Type *T = NULL;
    for (int i = 0; i < types.n; i++) {
        AstNode *e = types.a[i];
        if (is_nil_ident(chk, e)) {
            T = NULL;
            Operand dummy = {0};
            check_expr(chk, NULL, &dummy, e);
        } else {
            T = check_var_type(chk, e);
            if (!ty_is_valid(T)) continue;
        }
        bool dup = false;
        for (int k = 0; k < seen->n && !dup; k++) {
            Type *t = seen->a[k].type;
            if ((!T && !t) || (T && t && ty_identical(T, t))) {
                Pos pp = ast_start(seen->a[k].e);
                char *prev = "previous case";
                check_error_parts(chk, ast_start(e),
                                  check_sprintf(chk, "duplicate case %s in type switch",
                                                T ? check_sprintf(chk, "%T", T) : "nil"),
                                  1, &pp, &prev);
                dup = true;
            }
        }
        if (dup) continue;
        vec_push(seen, ((SeenType){T, e}));
        if (x && T) check_type_assertion(chk, e, x, T, true);
    }
    if (types.n != 1 || !T) T = x ? x->type : ty_basic[B_INVALID];
    return T;
}

/* The guard of a type switch: *lhs the symbolic variable (or NULL), the
 * TypeAssertExpr returned; NULL for malformed guards. */
static AstNode *type_switch_guard(Checker *chk, AstNode *s, AstNode **lhs) {
    AstNode *g = s->u.switchstmt.assign, *rhs = NULL;
    *lhs = NULL;
    if (!g) return NULL;
    if (g->kind == N_ExprStmt) rhs = g->u.exprstmt.x;
    else if (g->kind == N_AssignStmt) {
        if (g->u.assign.lhs.n != 1 || g->u.assign.tok != TK_DEFINE || g->u.assign.rhs.n != 1) return NULL;
        AstNode *id = g->u.assign.lhs.a[0];
        if (id->kind != N_Ident) return NULL;
        if (!strcmp(id->u.ident.name->s, "_")) {
            check_softf(chk, id->pos, "no new variable on left side of :=");
        } else {
            record_def(chk, id, NULL);
            *lhs = id;
        }
        rhs = g->u.assign.rhs.a[0];
    }
    if (!rhs || rhs->kind != N_TypeAssertExpr || rhs->u.assert.type) return NULL;
    return rhs;
}

static void type_switch_stmt(Checker *chk, int inner, AstNode *s) {
    inner |= SC_BREAK_OK | SC_IN_TYPE_SWITCH;
    check_open_scope(chk, s, "type switch");
    simple_stmt(chk, s->u.switchstmt.init);
    AstNode *lhs;
    AstNode *guard = type_switch_guard(chk, s, &lhs);
    if (!guard) {
        check_errorf(chk, s->pos, "incorrect form of type switch guard");
        check_close_scope(chk);
        return;
    }
    Operand x = {0}, *sx = NULL;
    check_expr(chk, NULL, &x, guard->u.assert.x);
    if (x.mode != OM_INVALID) {
        if (ty_is_typeparam(x.type))
            check_errorf(chk, ast_start(x.expr), "cannot use type switch on type parameter value %O", &x);
        else if (ty_under_is_interface(x.type)) sx = &x;
        else check_errorf(chk, ast_start(x.expr), "%O is not an interface", &x);
    }
    AstList list = s->u.switchstmt.body->u.block.list;
    multiple_defaults(chk, list);
    Vec(Object *) vars = {0};
    SeenTypes seen = {0};
    for (int i = 0; i < list.n; i++) {
        AstNode *c = list.a[i];
        if (c->kind != N_CaseClause) continue;
        Type *T = case_types(chk, sx, c->u.caseclause.list, &seen);
        check_open_scope(chk, c, "case");
        if (lhs) {
            Object *obj = obj_var(VK_LOCAL, lhs->pos, chk->pkg, lhs->u.ident.name, T);
            check_declare(chk, chk->env.scope, NULL, obj, c->u.caseclause.colon);
            record_implicit(chk, c, obj);
            vec_push(&vars, obj);
        }
        check_stmt_list(chk, inner, c->u.caseclause.body);
        check_close_scope(chk);
    }
    if (lhs) {
        bool used = false;
        for (int i = 0; i < vars.n; i++) used |= vars.a[i]->u.var.used, vars.a[i]->u.var.used = true;
        if (!used) check_softf(chk, lhs->pos, "%s declared and not used", lhs->u.ident.name->s);
    }
    vec_free(&vars);
    vec_free(&seen);
    check_close_scope(chk);
}

static bool valid_comm(AstNode *comm) {
    if (!comm || comm->kind == N_SendStmt) return true;
    AstNode *rhs = NULL;
    if (comm->kind == N_AssignStmt && comm->u.assign.rhs.n == 1) rhs = comm->u.assign.rhs.a[0];
    else if (comm->kind == N_ExprStmt) rhs = comm->u.exprstmt.x;
    rhs = unparen(rhs);
    return rhs && rhs->kind == N_UnaryExpr && rhs->u.unary.op == TK_ARROW;
}

static void select_stmt(Checker *chk, int inner, AstNode *s) {
    inner |= SC_BREAK_OK;
    AstList list = s->u.selectstmt.body->u.block.list;
    multiple_defaults(chk, list);
    for (int i = 0; i < list.n; i++) {
        AstNode *c = list.a[i];
        if (c->kind != N_CommClause) continue;
        if (!valid_comm(c->u.commclause.comm)) {
            AstNode *comm = c->u.commclause.comm;
            /* types2's StartPos of an ExprStmt is its expression's own position */
            Pos at = comm->kind == N_ExprStmt ? comm->u.exprstmt.x->pos : ast_start(comm);
            check_errorf(chk, at, "select case must be send or receive (possibly with assignment)");
            continue;
        }
        check_open_scope(chk, c, "case");
        if (c->u.commclause.comm) check_stmt(chk, inner, c->u.commclause.comm);
        check_stmt_list(chk, inner, c->u.commclause.body);
        check_close_scope(chk);
    }
}

static void for_stmt(Checker *chk, int inner, AstNode *s) {
    inner |= SC_BREAK_OK | SC_CONTINUE_OK;
    check_open_scope(chk, s, "for");
    simple_stmt(chk, s->u.forstmt.init);
    if (s->u.forstmt.cond) cond_check(chk, s->u.forstmt.cond, "for");
    AstNode *post = s->u.forstmt.post;
    simple_stmt(chk, post);
    if (post && post->kind == N_AssignStmt && post->u.assign.tok == TK_DEFINE) {
        check_softf(chk, ast_start(post), "cannot declare in post statement");
        check_use_exprs(chk, post->u.assign.lhs);
    }
    check_stmt(chk, inner, s->u.forstmt.body);
    check_close_scope(chk);
}

/* ---- statements --------------------------------------------------------------- */

static void stmt(Checker *chk, int ctxt, AstNode *s) {
    int inner = ctxt & ~(SC_FALLTHROUGH_OK | SC_FINAL_SWITCH_CASE | SC_IN_TYPE_SWITCH);
    switch (s->kind) {
    case N_BadStmt:
    case N_EmptyStmt: break;
    case N_DeclStmt: check_decl_stmt(chk, s->u.declstmt.decl); break;
    case N_LabeledStmt:
        chk->env.has_label = true;
        check_stmt(chk, ctxt, s->u.labeled.stmt);
        break;
    case N_ExprStmt: expr_stmt(chk, s); break;
    case N_SendStmt: send_stmt(chk, s); break;
    case N_IncDecStmt: incdec_stmt(chk, s); break;
    case N_AssignStmt: assign_stmt(chk, s); break;
    case N_GoStmt: suspended_call(chk, "go", s->u.gostmt.call); break;
    case N_DeferStmt: suspended_call(chk, "defer", s->u.gostmt.call); break;
    case N_ReturnStmt: return_stmt(chk, s); break;
    case N_BranchStmt: branch_stmt(chk, ctxt, s); break;
    case N_BlockStmt:
        check_open_scope(chk, s, "block");
        check_stmt_list(chk, inner, s->u.block.list);
        check_close_scope(chk);
        break;
    case N_IfStmt: if_stmt(chk, inner, s); break;
    case N_SwitchStmt: switch_stmt(chk, inner, s); break;
    case N_TypeSwitchStmt: type_switch_stmt(chk, inner, s); break;
    case N_SelectStmt: select_stmt(chk, inner, s); break;
    case N_ForStmt: for_stmt(chk, inner, s); break;
    case N_RangeStmt: check_range_stmt(chk, inner | SC_BREAK_OK | SC_CONTINUE_OK, s); break;
    default: check_errorf(chk, ast_start(s), "invalid statement"); break;
    }
}

void check_stmt(Checker *chk, int ctxt, AstNode *s) {
    int from = chk->delayed.n;
    stmt(chk, ctxt, s);
    check_process_delayed(chk, from);
}
