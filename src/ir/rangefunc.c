/* rangefunc.c: range-over-func loops, rewritten as gc's rangefunc package
 * rewrites them before building its IR (rangefunc/rewrite.go).
 *
 *     for x := range f { body }
 *
 * becomes, with the state checks gc always generates,
 *
 *     var #next int                     // outermost loop, when needed
 *     var #state1 = 1                   // abi.RF_READY
 *     var #yield1 = func(x T) bool {    // the closure "F-range1"
 *         var #tmpState = #state1
 *         #state1 = 2                   // abi.RF_PANIC
 *         if #tmpState != 1 { runtime.panicrangestate(#tmpState) }
 *         body                          // break, continue, return, goto rewritten
 *         #state1 = 1
 *         return true
 *     }
 *     f(#yield1)
 *     if #state1 == 2 { runtime.panicrangestate(4) }
 *     #state1 = 3                       // abi.RF_EXHAUSTED
 *     checks of #next                   // returns, breaks, continues, gotos
 *
 * A return with values inside such a loop assigns the function's results,
 * which get names "#rvN" when they had none; a defer inside one is tied to
 * the function's frame by the "#defers" token (DEFER's y). The one
 * rewriter per user function (closures get their own) is shared by the
 * body closures it makes, as gc's rewriter spans a loop nest. */
#include <stdio.h>

#include "ir/irb.h"

enum { RF_DONE = 0, RF_READY = 1, RF_PANIC = 2, RF_EXHAUSTED = 3, RF_MISSING_PANIC = 4, PER_LOOP = 2 };

typedef struct Branch {
    Tok tok;
    Sym *label;
} Branch;

typedef struct RfLoop {
    AstNode *nfor;
    Sym *label;
    int depth;
    IrName *state;
    bool check_ret, check_break, check_continue;
    Vec(Branch) check_branch;
} RfLoop;

typedef struct Target {
    AstNode *node;
    Sym *label;
    bool loop;
} Target;

struct RangeFunc {
    AstNode *body;       /* the user function's body */
    IrFunc *fn;          /* the user function */
    RfLoop *stack[64];
    int nstack;
    IrName *next, *defers;
    int state_count, body_count;
    bool computed;       /* computeBranchNext done */
    Map label_loop;      /* label Sym* -> innermost range-over-func RangeStmt containing it (or the body) */
    Map branch_next;     /* label Sym* -> its break code (continue +1, goto +2) */
    Vec(Target) targets; /* enclosing breakable statements */
};

/* ---- recognising and scanning --------------------------------------------------------- */

void irb_rangefunc_free(RangeFunc *rf) {
    map_clear(&rf->label_loop);
    map_clear(&rf->branch_next);
    vec_free(&rf->targets);
}

bool irb_is_range_func(IrBuilder *b, AstNode *s) {
    if (s->kind != N_RangeStmt || !s->u.rangestmt.x) return false;
    Type *t = irb_type_of(b, s->u.rangestmt.x);
    return t && irb_under(t)->kind == T_SIGNATURE;
}

typedef struct Scan {
    IrBuilder *b;
    int loops;        /* range-over-func loops entered */
    bool ret_values;  /* a return with values inside one */
} Scan;

static void scan(Scan *sc, AstNode *n);

static void scan_list(Scan *sc, AstList l) {
    for (int i = 0; i < l.n; i++) scan(sc, l.a[i]);
}

/* scan walks statements (not into function literals). */
static void scan(Scan *sc, AstNode *n) {
    if (!n) return;
    switch (n->kind) {
    case N_BlockStmt: scan_list(sc, n->u.block.list); break;
    case N_LabeledStmt: scan(sc, n->u.labeled.stmt); break;
    case N_IfStmt: scan(sc, n->u.ifstmt.body), scan(sc, n->u.ifstmt.els); break;
    case N_ForStmt: scan(sc, n->u.forstmt.body); break;
    case N_RangeStmt: {
        bool rf = irb_is_range_func(sc->b, n);
        sc->loops += rf;
        scan(sc, n->u.rangestmt.body);
        sc->loops -= rf;
        break;
    }
    case N_SwitchStmt:
    case N_TypeSwitchStmt: scan(sc, n->u.switchstmt.body); break;
    case N_SelectStmt: scan(sc, n->u.selectstmt.body); break;
    case N_CaseClause: scan_list(sc, n->u.caseclause.body); break;
    case N_CommClause: scan_list(sc, n->u.commclause.body); break;
    case N_ReturnStmt:
        if (sc->loops && n->u.ret.results.n) sc->ret_values = true;
        break;
    default: break;
    }
}

/* irb_rangefunc_results: whether the function's unnamed results get "#rvN"
 * names (a return with values inside a range-over-func loop). */
bool irb_rangefunc_results(IrBuilder *b, AstNode *body) {
    Scan sc = {b, 0, false};
    scan(&sc, body);
    return sc.ret_values;
}

/* ---- helpers ------------------------------------------------------------------------------- */

static IrNode *int_lit(IrBuilder *b, Pos pos, int64_t v) { return irb_int(b, pos, ty_basic[B_INT], v); }
static IrNode *bool_lit(IrBuilder *b, Pos pos, bool v) { return irb_literal(b, pos, ty_basic[B_BOOL], cv_bool(v)); }

static IrNode *use(IrBuilder *b, IrName *n, Pos pos) {
    IrNode *x = n->obj ? irb_var_ref(b, n->obj, pos) : irb_name_node(b, n);
    return x;
}

static IrNode *set(IrBuilder *b, Pos pos, IrName *n, IrNode *v) { return irb_as(b, pos, use(b, n, pos), v); }

static IrNode *ret(IrBuilder *b, Pos pos, IrNode *v) {
    IrNode *r = irb_node(b, IR_RETURN, pos, NULL);
    irb_push(b, &r->list, v);
    return r;
}

static IrNode *cmp(IrBuilder *b, Pos pos, Tok op, IrNode *x, IrNode *y) {
    IrNode *n = irb_node(b, IR_BINARY, pos, ty_basic[B_BOOL]);
    n->tokop = op;
    n->x = x, n->y = y;
    return n;
}

static IrName *runtime_func(IrBuilder *b, const char *name, Type *sig) {
    IrName *n = irb_new_name(b, intern_cstr(name), PFUNC, (Pos){0}, sig, NULL);
    return n;
}

static Type *sig_of(Object **params, int np, Object **results, int nr) {
    Type *t = ty_new(T_SIGNATURE);
    t->u.sig.params = ty_tuple(params, np);
    t->u.sig.results = ty_tuple(results, nr);
    return t;
}

static IrNode *panic_call(IrBuilder *b, Pos pos, IrNode *arg) {
    static Type *sig;
    if (!sig) {
        Object **p = NEWARR(ty_arena(), Object *, 1);
        p[0] = obj_var(VK_PARAM, (Pos){0}, NULL, intern_cstr("state"), ty_basic[B_INT]);
        sig = sig_of(p, 1, NULL, 0);
    }
    IrNode *c = irb_node(b, IR_CALLFUNC, pos, NULL);
    c->x = irb_name_node(b, runtime_func(b, "runtime.panicrangestate", sig));
    irb_push(b, &c->list, arg);
    return c;
}

static IrNode *if_then(IrBuilder *b, Pos pos, IrNode *cond, IrNodes *then) {
    IrNode *n = irb_node(b, IR_IF, pos, NULL);
    n->cond = cond;
    n->body = *then;
    return n;
}

static IrNode *block(IrBuilder *b, Pos pos, IrNodes *l) {
    IrNode *n = irb_node(b, IR_BLOCK, pos, NULL);
    n->list = *l;
    return n;
}

/* ---- the #next variable and friends ---------------------------------------------------- */

static IrName *next_var(IrBuilder *b, RangeFunc *rf) {
    (void)b;
    return rf->next;
}

static IrName *outer_var(IrBuilder *b, const char *name, Type *t, IrNode *init, IrNodes *out, Pos pos) {
    Object *o = obj_var(VK_LOCAL, (Pos){0}, irb_src_pkg(b), intern_cstr(name), t);
    IrName *n = irb_local(b, o->name, (Pos){0}, t, o);
    IrNode *as = irb_as(b, pos, irb_name_node(b, n), init);
    irb_push(b, &as->init, irb_dcl(b, pos, n));
    if (init) {
        as->flags |= IRF_DEFN;
        n->defn = as;
    }
    irb_push(b, out, as);
    return n;
}

/* ---- break, continue, goto, return, defer (editStmt) ------------------------------------- */

static RfLoop *inner(RangeFunc *rf) { return rf->stack[rf->nstack - 1]; }

static IrNode *set_state(IrBuilder *b, RfLoop *l, int v, Pos pos) { return set(b, pos, l->state, int_lit(b, pos, v)); }

static void compute_branch_next_in(RangeFunc *rf, IrBuilder *b, AstNode *n, AstNode *loop, int *used);

static void cbn_list(RangeFunc *rf, IrBuilder *b, AstList l, AstNode *loop, int *used) {
    for (int i = 0; i < l.n; i++) compute_branch_next_in(rf, b, l.a[i], loop, used);
}

static void compute_branch_next_in(RangeFunc *rf, IrBuilder *b, AstNode *n, AstNode *loop, int *used) {
    if (!n) return;
    switch (n->kind) {
    case N_LabeledStmt: {
        Sym *l = n->u.labeled.label->u.ident.name;
        if (!map_has(&rf->label_loop, (uint64_t)(uintptr_t)l)) {
            map_putp(&rf->label_loop, l, loop ? (void *)loop : (void *)rf->body);
            *used -= 3;
            map_putp(&rf->branch_next, l, (void *)(intptr_t)*used);
        }
        compute_branch_next_in(rf, b, n->u.labeled.stmt, loop, used);
        break;
    }
    case N_BlockStmt: cbn_list(rf, b, n->u.block.list, loop, used); break;
    case N_IfStmt:
        compute_branch_next_in(rf, b, n->u.ifstmt.body, loop, used);
        compute_branch_next_in(rf, b, n->u.ifstmt.els, loop, used);
        break;
    case N_ForStmt: compute_branch_next_in(rf, b, n->u.forstmt.body, loop, used); break;
    case N_RangeStmt:
        compute_branch_next_in(rf, b, n->u.rangestmt.body, irb_is_range_func(b, n) ? n : loop, used);
        break;
    case N_SwitchStmt:
    case N_TypeSwitchStmt: compute_branch_next_in(rf, b, n->u.switchstmt.body, loop, used); break;
    case N_SelectStmt: compute_branch_next_in(rf, b, n->u.selectstmt.body, loop, used); break;
    case N_CaseClause: cbn_list(rf, b, n->u.caseclause.body, loop, used); break;
    case N_CommClause: cbn_list(rf, b, n->u.commclause.body, loop, used); break;
    default: break;
    }
}

static void compute_branch_next(IrBuilder *b, RangeFunc *rf) {
    if (rf->computed) return;
    rf->computed = true;
    int used = -1;
    compute_branch_next_in(rf, b, rf->body, NULL, &used);
}

/* target: the statement an unlabeled break (or continue) leaves. */
static AstNode *target_of(RangeFunc *rf, AstNode *x) {
    bool cont = x->u.branch.tok == TK_CONTINUE;
    Sym *label = x->u.branch.label ? x->u.branch.label->u.ident.name : NULL;
    for (int i = rf->targets.n - 1; i >= 0; i--) {
        Target *t = &rf->targets.a[i];
        if (label ? t->label == label : (!cont || t->loop)) return t->node;
    }
    return NULL;
}

static void finish(IrBuilder *b, IrNodes *l, Pos pos, IrNodes *out) { irb_push(b, out, block(b, pos, l)); }

static void edit_branch(IrBuilder *b, RangeFunc *rf, AstNode *x, IrNodes *out, bool *done) {
    Tok tok = x->u.branch.tok;
    Pos pos = x->pos;
    *done = false;
    if (tok == TK_FALLTHROUGH) return;
    AstNode *targ = tok == TK_GOTO ? NULL : target_of(rf, x);
    int i = rf->nstack - 1;
    if (!x->u.branch.label && inner(rf)->nfor != targ) return;
    while (i >= 0 && rf->stack[i]->nfor != targ) i--;
    int exit_from = i + 1;
    int64_t next;
    IrNodes l = {0};
    if (tok == TK_GOTO || i < 0) {
        compute_branch_next(b, rf);
        Sym *label = x->u.branch.label->u.ident.name;
        AstNode *tl = map_getp(&rf->label_loop, label);
        if (tl == inner(rf)->nfor) return;
        next = (intptr_t)map_getp(&rf->branch_next, label) + (tok == TK_CONTINUE ? 1 : tok == TK_GOTO ? 2 : 0);
        int k = rf->nstack - 1;
        while (k >= 0 && rf->stack[k]->nfor != tl) k--;
        exit_from = k + 1;
        RfLoop *top = rf->stack[exit_from];
        vec_push(&top->check_branch, ((Branch){tok, label}));
        for (int j = exit_from + 1; j < rf->nstack; j++) rf->stack[j]->check_ret = true;
    } else {
        if (exit_from == rf->nstack) {
            bool cont = tok == TK_CONTINUE;
            irb_push(b, &l, set_state(b, inner(rf), cont ? RF_READY : RF_DONE, pos));
            irb_push(b, &l, ret(b, pos, bool_lit(b, pos, cont)));
            finish(b, &l, pos, out);
            *done = true;
            return;
        }
        if (tok == TK_CONTINUE) {
            rf->stack[exit_from]->check_continue = true;
        } else {
            exit_from = i;
            rf->stack[exit_from]->check_break = true;
        }
        for (int j = exit_from + 1; j < rf->nstack; j++) rf->stack[j]->check_break = true;
        next = PER_LOOP * (i + 1) - (tok == TK_CONTINUE);
    }
    irb_push(b, &l, set(b, pos, next_var(b, rf), int_lit(b, pos, next)));
    irb_push(b, &l, set_state(b, inner(rf), RF_DONE, pos));
    irb_push(b, &l, ret(b, pos, bool_lit(b, pos, false)));
    finish(b, &l, pos, out);
    *done = true;
}

typedef struct RvTypes {
    IrFunc *fn;
} RvTypes;

static Type *rv_type(void *ctx, int i) {
    RvTypes *r = ctx;
    return i < r->fn->results.n ? r->fn->results.a[i]->type : NULL;
}

static void edit_return(IrBuilder *b, RangeFunc *rf, AstNode *x, IrNodes *out) {
    Pos pos = x->pos;
    IrNodes l = {0};
    if (x->u.ret.results.n) { /* #rv1, ... = results: the names first, as gc's assignment */
        IrFunc *fn = rf->fn;
        RvTypes rt = {fn};
        IrNodes lhs = {0}, vals = {0};
        for (int i = 0; i < fn->results.n; i++) irb_push(b, &lhs, use(b, fn->results.a[i], pos));
        irb_multi_expr(b, pos, rv_type, &rt, x->u.ret.results, &vals);
        if (lhs.n == 1 && vals.n == 1) {
            irb_push(b, &l, irb_as(b, pos, lhs.a[0], vals.a[0]));
        } else {
            IrNode *as = irb_node(b, IR_AS2, pos, NULL);
            as->list = lhs;
            as->rlist = vals;
            irb_push(b, &l, as);
        }
    }
    for (int i = 0; i < rf->nstack; i++) rf->stack[i]->check_ret = true;
    irb_push(b, &l, set(b, pos, next_var(b, rf), int_lit(b, pos, -1)));
    irb_push(b, &l, set_state(b, inner(rf), RF_DONE, pos));
    irb_push(b, &l, ret(b, pos, bool_lit(b, pos, false)));
    finish(b, &l, pos, out);
}

/* irb_rangefunc_stmt rewrites s when it is a branch, return or defer
 * inside a range-over-func loop body; false when s stays as it is. */
bool irb_rangefunc_stmt(IrBuilder *b, AstNode *s, IrNodes *out) {
    RangeFunc *rf = b->fs->rf;
    if (!rf || !rf->nstack) return false;
    switch (s->kind) {
    case N_BranchStmt: {
        bool done;
        edit_branch(b, rf, s, out, &done);
        return done;
    }
    case N_ReturnStmt: edit_return(b, rf, s, out); return true;
    default: return false;
    }
}

IrNode *irb_rangefunc_defers(IrBuilder *b) {
    RangeFunc *rf = b->fs->rf;
    if (!rf || !rf->nstack || !rf->defers) return NULL;
    return use(b, rf->defers, (Pos){0});
}

void irb_rangefunc_target(IrBuilder *b, AstNode *s, Sym *label, bool loop, bool push) {
    RangeFunc *rf = b->fs->rf;
    if (!rf) return;
    if (push) vec_push(&rf->targets, ((Target){s, label, loop}));
    else if (rf->targets.n && !--rf->targets.n) vec_free(&rf->targets);
}

/* ---- the loop --------------------------------------------------------------------------------- */

/* needs: what the outermost loop's declarations must hold, in gc's order. */
typedef struct Needs {
    IrBuilder *b;
    int loops;
    bool next, defers, defers_first;
} Needs;

static void needs(Needs *nd, AstNode *n, AstNode *innermost);

static void needs_list(Needs *nd, AstList l, AstNode *innermost) {
    for (int i = 0; i < l.n; i++) needs(nd, l.a[i], innermost);
}

static bool label_inside(AstNode *n, Sym *label);

static void needs(Needs *nd, AstNode *n, AstNode *innermost) {
    if (!n) return;
    switch (n->kind) {
    case N_BlockStmt: needs_list(nd, n->u.block.list, innermost); break;
    case N_LabeledStmt: needs(nd, n->u.labeled.stmt, innermost); break;
    case N_IfStmt: needs(nd, n->u.ifstmt.body, innermost), needs(nd, n->u.ifstmt.els, innermost); break;
    case N_ForStmt: needs(nd, n->u.forstmt.body, innermost); break;
    case N_RangeStmt:
        if (irb_is_range_func(nd->b, n)) {
            nd->loops++;
            if (nd->loops > 1) nd->next = true; /* an inner loop's checks test #next */
            needs(nd, n->u.rangestmt.body, n);
            nd->loops--;
        } else {
            needs(nd, n->u.rangestmt.body, innermost);
        }
        break;
    case N_SwitchStmt:
    case N_TypeSwitchStmt: needs(nd, n->u.switchstmt.body, innermost); break;
    case N_SelectStmt: needs(nd, n->u.selectstmt.body, innermost); break;
    case N_CaseClause: needs_list(nd, n->u.caseclause.body, innermost); break;
    case N_CommClause: needs_list(nd, n->u.commclause.body, innermost); break;
    case N_ReturnStmt: nd->next = true; break;
    case N_BranchStmt:
        if (n->u.branch.label && (n->u.branch.tok == TK_GOTO || !label_inside(innermost, n->u.branch.label->u.ident.name)))
            nd->next = true;
        break;
    case N_DeferStmt:
        if (!nd->defers && !nd->next) nd->defers_first = true;
        nd->defers = true;
        break;
    default: break;
    }
}

/* label_inside: the label is defined inside n's body (or labels n itself
 * as a loop it can break or continue: handled by the caller). */
typedef struct LabelFind {
    Sym *label;
    bool found;
} LabelFind;

static void find_label(LabelFind *lf, AstNode *n) {
    if (!n || lf->found) return;
    switch (n->kind) {
    case N_LabeledStmt:
        if (n->u.labeled.label->u.ident.name == lf->label) lf->found = true;
        find_label(lf, n->u.labeled.stmt);
        break;
    case N_BlockStmt:
        for (int i = 0; i < n->u.block.list.n; i++) find_label(lf, n->u.block.list.a[i]);
        break;
    case N_IfStmt: find_label(lf, n->u.ifstmt.body), find_label(lf, n->u.ifstmt.els); break;
    case N_ForStmt: find_label(lf, n->u.forstmt.body); break;
    case N_RangeStmt: find_label(lf, n->u.rangestmt.body); break;
    case N_SwitchStmt:
    case N_TypeSwitchStmt: find_label(lf, n->u.switchstmt.body); break;
    case N_SelectStmt: find_label(lf, n->u.selectstmt.body); break;
    case N_CaseClause:
        for (int i = 0; i < n->u.caseclause.body.n; i++) find_label(lf, n->u.caseclause.body.a[i]);
        break;
    case N_CommClause:
        for (int i = 0; i < n->u.commclause.body.n; i++) find_label(lf, n->u.commclause.body.a[i]);
        break;
    default: break;
    }
}

static bool label_inside(AstNode *n, Sym *label) {
    LabelFind lf = {label, false};
    if (n) find_label(&lf, n->u.rangestmt.body);
    return lf.found;
}

static Type *deferrangefunc_sig(void) {
    static Type *sig;
    if (!sig) {
        Object **r = NEWARR(ty_arena(), Object *, 1);
        r[0] = obj_var(VK_RESULT, (Pos){0}, NULL, intern_cstr("extra"), ty_any);
        sig = sig_of(NULL, 0, r, 1);
    }
    return sig;
}

static void outer_decls(IrBuilder *b, RangeFunc *rf, AstNode *s, IrNodes *out) {
    Needs nd = {b, 0, false, false, false};
    needs(&nd, s, NULL);
    for (int k = 0; k < 2; k++) {
        bool defers_now = (k == 0) == nd.defers_first;
        if (defers_now && nd.defers) {
            IrNode *call = irb_node(b, IR_CALLFUNC, s->pos, ty_any);
            call->x = irb_name_node(b, runtime_func(b, "runtime.deferrangefunc", deferrangefunc_sig()));
            rf->defers = outer_var(b, "#defers", ty_any, call, out, s->pos);
        } else if (!defers_now && nd.next) {
            rf->next = outer_var(b, "#next", ty_basic[B_INT], NULL, out, s->pos);
        }
    }
}

/* body_sig: the body closure's signature, its parameters the range
 * variables (:=) or fresh "#pN" ones. */
static Type *body_sig(IrBuilder *b, AstNode *s, Type *ftyp, Object ***pvars) {
    Type *params = ftyp->u.sig.params;
    int n = params->u.tuple.n;
    Object **ps = NEWARR(ty_arena(), Object *, n + 1);
    AstNode *lhs[2] = {s->u.rangestmt.key, s->u.rangestmt.value};
    bool def = s->u.rangestmt.tok == TK_DEFINE;
    for (int i = 0; i < n; i++) {
        Object *o = NULL;
        if (i < 2 && lhs[i] && def) o = map_getp(&b->info->defs, irb_unparen(lhs[i]));
        if (!o || o->kind != OBJ_VAR) {
            char buf[16];
            snprintf(buf, sizeof buf, "#p%d", i + 1);
            o = obj_var(VK_PARAM, s->pos, irb_src_pkg(b), intern_cstr(buf), params->u.tuple.vars[i]->type);
        }
        ps[i] = o;
    }
    Object **rs = NEWARR(ty_arena(), Object *, 1);
    rs[0] = obj_var(VK_RESULT, s->pos, NULL, intern_cstr("#r"), ty_basic[B_BOOL]);
    *pvars = ps;
    Type *t = sig_of(ps, n, rs, 1);
    t->u.sig.variadic = ftyp->u.sig.variadic;
    return t;
}

static IrNode *body_func(IrBuilder *b, RangeFunc *rf, AstNode *s, RfLoop *loop, Type *ftyp) {
    Object **pvars;
    Type *sig = body_sig(b, s, ftyp, &pvars);
    Pos start = s->pos, end = s->u.rangestmt.body->u.block.rbrace;
    IrFunc *fn = irb_closure_func(b, start, sig, "range");
    fn->flags |= IRFN_RANGEFUNC;
    FnState fs = {0};
    irb_enter(b, &fs, fn, sig);
    fs.rf = rf;
    irb_declare_params(b, fn, sig, false);
    fs.body = s->u.rangestmt.body;
    fn->flags |= IRFN_HASBODY;
    AstNode *lhs[2] = {s->u.rangestmt.key, s->u.rangestmt.value};
    if (s->u.rangestmt.tok != TK_DEFINE) {
        for (int i = 0; i < 2 && lhs[i]; i++) {
            bool def;
            IrNode *x = irb_assign_lhs(b, lhs[i], &def, lhs[i]->pos);
            IrNode *p = irb_name_node(b, fn->params.a[i]);
            p->pos = lhs[i]->pos;
            irb_push(b, &fn->body, irb_as(b, lhs[i]->pos, x, p));
        }
    }
    Object *to = obj_var(VK_LOCAL, (Pos){0}, irb_src_pkg(b), intern_cstr("#tmpState"), ty_basic[B_INT]);
    IrName *tmp = irb_local(b, to->name, (Pos){0}, to->type, to);
    IrNode *tas = irb_as(b, (Pos){0}, irb_name_node(b, tmp), use(b, loop->state, (Pos){0}));
    tas->flags |= IRF_DEFN;
    tmp->defn = tas;
    irb_push(b, &tas->init, irb_dcl(b, (Pos){0}, tmp));
    irb_push(b, &fn->body, tas);
    irb_push(b, &fn->body, set_state(b, loop, RF_PANIC, start));
    IrNodes then = {0};
    irb_push(b, &then, panic_call(b, start, irb_name_node(b, tmp)));
    irb_push(b, &fn->body, if_then(b, start, cmp(b, start, TK_NEQ, irb_name_node(b, tmp), int_lit(b, start, RF_READY)), &then));
    irb_stmts(b, s->u.rangestmt.body->u.block.list, &fn->body);
    irb_push(b, &fn->body, set_state(b, loop, RF_READY, end));
    irb_push(b, &fn->body, ret(b, end, bool_lit(b, end, true)));
    fn->endpos = end;
    irb_leave(b);
    return fn->closure;
}

static IrNode *if_next(IrBuilder *b, RangeFunc *rf, Pos pos, Tok op, int64_t c, bool zero, IrNodes *thens) {
    IrNodes l = {0};
    if (zero) irb_push(b, &l, set(b, pos, rf->next, int_lit(b, pos, 0)));
    if (thens) irb_append(b, &l, thens);
    return if_then(b, pos, cmp(b, pos, op, use(b, rf->next, pos), int_lit(b, pos, c)), &l);
}

static void checks(IrBuilder *b, RangeFunc *rf, RfLoop *loop, Pos pos, IrNodes *out) {
    for (int i = 0; i < loop->check_branch.n; i++) {
        Branch br = loop->check_branch.a[i];
        bool dup = false;
        for (int k = 0; k < i; k++) dup |= loop->check_branch.a[k].tok == br.tok && loop->check_branch.a[k].label == br.label;
        if (dup) continue;
        int64_t c = (intptr_t)map_getp(&rf->branch_next, br.label) + (br.tok == TK_CONTINUE ? 1 : br.tok == TK_GOTO ? 2 : 0);
        IrNode *j = irb_node(b, br.tok == TK_GOTO ? IR_GOTO : br.tok == TK_CONTINUE ? IR_CONTINUE : IR_BREAK, pos, NULL);
        j->label = br.label;
        IrNodes t = {0};
        irb_push(b, &t, j);
        irb_push(b, out, if_next(b, rf, pos, TK_EQL, c, true, &t));
    }
    if (!rf->next) return;
    int cur = loop->depth - 1;
    if (rf->nstack == 1) {
        if (loop->check_ret) {
            IrNodes t = {0};
            irb_push(b, &t, irb_node(b, IR_RETURN, pos, NULL));
            irb_push(b, out, if_next(b, rf, pos, TK_EQL, -1, false, &t));
        }
        return;
    }
    RfLoop *outer = rf->stack[cur - 1];
    IrNodes t = {0};
    if (loop->check_ret) {
        irb_push(b, &t, set_state(b, outer, RF_DONE, pos));
        irb_push(b, &t, ret(b, pos, bool_lit(b, pos, false)));
        irb_push(b, out, if_next(b, rf, pos, TK_LSS, 0, false, &t));
    }
    int64_t step = PER_LOOP * cur;
    t = (IrNodes){0};
    irb_push(b, &t, panic_call(b, pos, int_lit(b, pos, RF_DONE)));
    irb_push(b, out, if_next(b, rf, pos, TK_GTR, step, false, &t));
    if (loop->check_continue) {
        t = (IrNodes){0};
        irb_push(b, &t, set_state(b, outer, RF_READY, pos));
        irb_push(b, &t, ret(b, pos, bool_lit(b, pos, true)));
        irb_push(b, out, if_next(b, rf, pos, TK_EQL, step - 1, true, &t));
    }
    if (loop->check_break) {
        t = (IrNodes){0};
        irb_push(b, &t, set_state(b, outer, RF_DONE, pos));
        irb_push(b, &t, ret(b, pos, bool_lit(b, pos, false)));
        irb_push(b, out, if_next(b, rf, pos, TK_EQL, step, true, &t));
    }
    if (loop->check_continue || loop->check_break) {
        t = (IrNodes){0};
        irb_push(b, &t, set_state(b, outer, RF_DONE, pos));
        irb_push(b, &t, ret(b, pos, bool_lit(b, pos, false)));
        irb_push(b, out, if_next(b, rf, pos, TK_GTR, 0, false, &t));
    }
}

void irb_range_func(IrBuilder *b, AstNode *s, IrNodes *out, Sym *label) {
    RangeFunc *rf = b->fs->rf;
    if (!rf) {
        rf = NEW(b->a, RangeFunc);
        FnState *fs = b->fs;
        rf->fn = fs->fn;
        rf->body = fs->body;
        fs->rf = rf;
    }
    Pos start = s->pos, end = s->u.rangestmt.body->u.block.rbrace;
    if (rf->nstack == 64) return;
    RfLoop *loop = NEW(b->a, RfLoop);
    loop->nfor = s;
    loop->label = label;
    loop->depth = rf->nstack + 1;
    if (rf->nstack == 0) outer_decls(b, rf, s, out);
    rf->stack[rf->nstack++] = loop;
    irb_rangefunc_target(b, s, label, true, true);
    char buf[32];
    snprintf(buf, sizeof buf, "#state%d", ++rf->state_count);
    Object *so = obj_var(VK_LOCAL, start, irb_src_pkg(b), intern_cstr(buf), ty_basic[B_INT]);
    loop->state = irb_local(b, so->name, start, so->type, so);
    IrNode *sas = irb_as(b, start, irb_name_node(b, loop->state), int_lit(b, start, RF_READY));
    sas->flags |= IRF_DEFN;
    loop->state->defn = sas;
    irb_push(b, &sas->init, irb_dcl(b, start, loop->state));
    irb_push(b, out, sas);
    Type *xt = irb_under(irb_type_of(b, s->u.rangestmt.x));
    Type *ftyp = irb_under(xt->u.sig.params->u.tuple.vars[0]->type);
    snprintf(buf, sizeof buf, "#yield%d", ++rf->body_count);
    IrName *y = irb_local(b, intern_cstr(buf), (Pos){0}, NULL, NULL);
    IrNode *clo = body_func(b, rf, s, loop, ftyp);
    y->type = clo->type;
    IrNode *yas = irb_as(b, start, irb_name_node(b, y), clo);
    yas->flags |= IRF_DEFN;
    y->defn = yas;
    irb_push(b, &yas->init, irb_dcl(b, start, y));
    irb_push(b, out, yas);
    irb_push(b, out, irb_call1(b, start, s->u.rangestmt.x, irb_name_node(b, y)));
    IrNodes t = {0};
    irb_push(b, &t, panic_call(b, start, int_lit(b, end, RF_MISSING_PANIC)));
    irb_push(b, out, if_then(b, end, cmp(b, end, TK_EQL, use(b, loop->state, end), int_lit(b, end, RF_PANIC)), &t));
    irb_push(b, out, set_state(b, loop, RF_EXHAUSTED, end));
    checks(b, rf, loop, end, out);
    irb_rangefunc_target(b, s, label, true, false);
    rf->nstack--;
    if (!rf->nstack) rf->next = rf->defers = NULL;
    vec_free(&loop->check_branch);
}
