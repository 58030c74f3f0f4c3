/* stmt.c: statements, as gc's writer (stmt1 and friends) emits them and
 * its reader rebuilds them.
 *
 * Shapes that matter downstream: blocks are flattened into the enclosing
 * list; statements after a terminating one are dropped up to the last
 * label (writer.stmts); if/for/switch with constant conditions are
 * simplified as the writer does (staticBool); x, ok := m[k] and other
 * comma-ok forms assign through temporaries (the AS2 holding the AS2MAPR
 * in its right-hand side's init); `var x T` is an AS with no value and a
 * DCL in its init; := declares with DCLs in the AS's init; go and defer
 * of anything but a call without arguments and results call a wrapper
 * closure ("F.gowrap1", "F.deferwrap2") whose captured temporaries hold
 * the operands evaluated at the statement (typecheck's
 * normalizeGoDeferCall). Range-over-func loops, and branches and returns
 * inside them, go to rangefunc.c. */
#include "ir/irb.h"


/* ---- static conditions (writer.staticBool) -------------------------------------- */

static bool const_bool(IrBuilder *b, AstNode *e, int *v) {
    TypeAndValue *tv = irb_tv(b, irb_unparen(e));
    if (!tv || tv->mode != OM_CONSTANT || tv->val.kind != CV_BOOL) return false;
    *v = cv_bool_val(tv->val) ? 1 : -1;
    return true;
}

static int static_bool(IrBuilder *b, AstNode **ep) {
    int v;
    if (const_bool(b, *ep, &v)) return v;
    AstNode *e = *ep;
    if (e->kind == N_UnaryExpr && e->u.unary.op == TK_NOT) return static_bool(b, &e->u.unary.x);
    if (e->kind != N_BinaryExpr || (e->u.binary.op != TK_LAND && e->u.binary.op != TK_LOR)) return 0;
    bool and = e->u.binary.op == TK_LAND;
    AstNode *xe = e->u.binary.x, *ye = e->u.binary.y;
    int x = static_bool(b, &xe);
    if (and ? x < 0 : x > 0) {
        *ep = xe;
        return x;
    }
    int y = static_bool(b, &ye);
    if (and ? (x > 0 || y < 0) : (x < 0 || y > 0)) {
        if (const_bool(b, xe, &v)) *ep = ye;
        return y;
    }
    return 0;
}

static AstNode *last_non_empty(AstList l) {
    for (int i = l.n - 1; i >= 0; i--)
        if (l.a[i]->kind != N_EmptyStmt) return l.a[i];
    return NULL;
}

static bool is_builtin(IrBuilder *b, AstNode *fun, BuiltinId id) {
    Object *o = irb_obj_of(b, irb_unparen(fun));
    return o && o->kind == OBJ_BUILTIN && o->u.builtin == id;
}

static bool terminates(IrBuilder *b, AstNode *s) {
    if (!s) return false;
    switch (s->kind) {
    case N_BranchStmt: return s->u.branch.tok == TK_GOTO;
    case N_ReturnStmt: return true;
    case N_ExprStmt: {
        AstNode *x = irb_unparen(s->u.exprstmt.x);
        return x->kind == N_CallExpr && is_builtin(b, x->u.call.fun, BLT_PANIC);
    }
    case N_IfStmt: {
        AstNode *cond = s->u.ifstmt.cond;
        int c = cond ? static_bool(b, &cond) : 0;
        return (c < 0 || terminates(b, s->u.ifstmt.body)) && (c > 0 || terminates(b, s->u.ifstmt.els));
    }
    case N_BlockStmt: return terminates(b, last_non_empty(s->u.block.list));
    default: return false;
    }
}

static bool has_fallthrough(AstList body) {
    AstNode *s = last_non_empty(body);
    while (s && s->kind == N_LabeledStmt) s = s->u.labeled.stmt;
    return s && s->kind == N_BranchStmt && s->u.branch.tok == TK_FALLTHROUGH;
}

/* ---- helpers ------------------------------------------------------------------------- */

static void stmt1(IrBuilder *b, AstNode *s, IrNodes *out, Sym *label);

static void push_block(IrBuilder *b, IrNodes *out, IrNodes *stmts) {
    if (stmts->n == 1) irb_push(b, out, stmts->a[0]);
    else if (stmts->n > 1) {
        IrNode *blk = irb_node(b, IR_BLOCK, stmts->a[0]->pos, NULL);
        blk->list = *stmts;
        irb_push(b, out, blk);
    }
}

/* one_stmt: writer.stmt + reader.stmt, the statement s as (at most) one node. */
static void one_stmt(IrBuilder *b, AstNode *s, IrNodes *out) {
    IrNodes l = {0};
    if (s) stmt1(b, s, &l, NULL);
    push_block(b, out, &l);
}

void irb_block(IrBuilder *b, AstNode *block, IrNodes *out) {
    if (block && block->kind == N_BlockStmt) irb_stmts(b, block->u.block.list, out);
}

void irb_stmts(IrBuilder *b, AstList list, IrNodes *out) {
    int last_label = -1;
    for (int i = 0; i < list.n; i++)
        if (list.a[i]->kind == N_LabeledStmt) last_label = i;
    bool dead = false;
    for (int i = 0; i < list.n; i++) {
        AstNode *s = list.a[i];
        if (dead && i > last_label && s->kind != N_LabeledStmt) continue;
        Sym *label = NULL;
        if (out->n && out->a[out->n - 1]->op == IR_LABEL) label = out->a[out->n - 1]->label;
        stmt1(b, s, out, label);
        dead = terminates(b, s);
    }
}

/* ---- assignments ------------------------------------------------------------------------ */

IrNode *irb_assign_lhs(IrBuilder *b, AstNode *e, bool *def, Pos defpos) {
    (void)defpos;
    *def = false;
    AstNode *u = irb_unparen(e);
    if (u->kind == N_Ident) {
        if (u->u.ident.name->len == 1 && u->u.ident.name->s[0] == '_') return irb_blank(b);
        Object *obj = map_getp(&b->info->defs, u);
        if (obj && obj->kind == OBJ_VAR) {
            *def = true;
            b->fs->basepos = obj->pos;
            return irb_name_node(b, irb_local(b, obj->name, obj->pos, obj->type, obj));
        }
    }
    return irb_expr(b, u);
}

typedef struct LhsTypes {
    IrBuilder *b;
    AstNode **lhs;
} LhsTypes;

static Type *lhs_type(void *ctx, int i) {
    LhsTypes *lt = ctx;
    AstNode *u = irb_unparen(lt->lhs[i]);
    if (u->kind == N_Ident) {
        if (u->u.ident.name->len == 1 && u->u.ident.name->s[0] == '_') return NULL;
        Object *o = map_getp(&lt->b->info->defs, u);
        if (!o) o = map_getp(&lt->b->info->uses, u);
        if (o && o->kind == OBJ_VAR) return o->type;
    }
    return irb_type_of(lt->b, u);
}

static void init_defn(IrBuilder *b, IrNode *defn, IrNode **names, int n) {
    for (int i = 0; i < n; i++) {
        names[i]->name->defn = defn;
        irb_push(b, &defn->init, irb_dcl(b, names[i]->name->pos, names[i]->name));
    }
    if (n) defn->flags |= IRF_DEFN;
}

static void assign_stmt(IrBuilder *b, Pos pos, AstList lhs, AstList rhs, IrNodes *out) {
    IrNode **l = NEWARR(b->a, IrNode *, lhs.n + 1), **names = NEWARR(b->a, IrNode *, lhs.n + 1);
    int nnames = 0;
    for (int i = 0; i < lhs.n; i++) {
        bool def;
        l[i] = irb_assign_lhs(b, lhs.a[i], &def, pos);
        if (def) names[nnames++] = l[i];
    }
    LhsTypes lt = {b, lhs.a};
    IrNodes r = {0};
    irb_multi_expr(b, pos, lhs_type, &lt, rhs, &r);
    if (r.n == 0) {
        for (int i = 0; i < nnames; i++) {
            IrNode *as = irb_as(b, pos, names[i], NULL);
            irb_push(b, &as->init, irb_dcl(b, pos, names[i]->name));
            irb_push(b, out, as);
        }
        return;
    }
    IrNode *n;
    if (lhs.n == 1 && r.n == 1) {
        n = irb_as(b, pos, l[0], r.a[0]);
    } else {
        n = irb_node(b, IR_AS2, pos, NULL);
        for (int i = 0; i < lhs.n; i++) irb_push(b, &n->list, l[i]);
        n->rlist = r;
    }
    init_defn(b, n, names, nnames);
    irb_push(b, out, n);
}

static Tok assign_binop(Tok t) { return (Tok)(t - TK_ADD_ASSIGN + TK_ADD); }

static void assign_op(IrBuilder *b, AstNode *s, IrNodes *out) {
    Tok op = assign_binop(s->u.assign.tok);
    IrNode *x = irb_expr(b, s->u.assign.lhs.a[0]);
    Type *t = (op == TK_SHL || op == TK_SHR) ? NULL : irb_type_of(b, s->u.assign.lhs.a[0]);
    IrNode *n = irb_node(b, IR_ASOP, s->pos, NULL);
    n->tokop = op;
    n->x = x;
    n->y = irb_implicit(b, t, s->u.assign.rhs.a[0]);
    irb_push(b, out, n);
}

static void incdec(IrBuilder *b, AstNode *s, IrNodes *out) {
    IrNode *x = irb_expr(b, s->u.incdec.x);
    IrNode *n = irb_node(b, IR_ASOP, s->pos, NULL);
    n->tokop = s->u.incdec.tok == TK_INC ? TK_ADD : TK_SUB;
    n->flags |= IRF_INCDEC;
    n->x = x;
    n->y = irb_literal(b, s->pos, x->type, irb_fix_value(b, x->type, cv_int64(1)));
    irb_push(b, out, n);
}

static void decl_stmt(IrBuilder *b, AstNode *d, IrNodes *out) {
    if (d->kind != N_GenDecl || d->u.gendecl.tok != TK_VAR) return;
    for (int i = 0; i < d->u.gendecl.specs.n; i++) {
        AstNode *spec = d->u.gendecl.specs.a[i];
        if (spec->kind == N_ValueSpec) assign_stmt(b, spec->pos, spec->u.value.names, spec->u.value.values, out);
    }
}

/* ---- control flow -------------------------------------------------------------------------- */

static void if_stmt(IrBuilder *b, AstNode *s, IrNodes *out) {
    AstNode *ce = s->u.ifstmt.cond;
    int cond = static_bool(b, &ce);
    IrNodes init = {0};
    one_stmt(b, s->u.ifstmt.init, &init);
    IrNode *c = irb_expr(b, ce);
    IrNodes then = {0}, els = {0};
    if (cond >= 0) irb_block(b, s->u.ifstmt.body, &then);
    if (cond <= 0 && s->u.ifstmt.els) stmt1(b, s->u.ifstmt.els, &els, NULL);
    if (cond != 0) {
        if (c->op != IR_LITERAL) irb_push(b, &init, irb_as(b, s->pos, irb_blank(b), c));
        irb_append(b, &init, &then);
        irb_append(b, &init, &els);
        push_block(b, out, &init);
        return;
    }
    IrNode *n = irb_node(b, IR_IF, s->pos, NULL);
    n->init = init;
    n->cond = c;
    n->body = then;
    n->els = els;
    irb_push(b, out, n);
}

/* distinct_vars: the loop's file is go1.22 or later (writer.distinctVars):
 * its //go:build version (never below go1.21), else the package's. */
static bool distinct_vars(IrBuilder *b, Pos pos) {
    int v = b->ip->go_minor;
    for (int i = 0; i < b->nfiles; i++)
        if (b->files[i] && b->files[i]->file == pos.file) {
            int fv = check_file_version(b->files[i]);
            if (fv >= 0) v = fv < 21 ? 21 : fv;
        }
    return v == 0 || v >= 22;
}

static void for_stmt(IrBuilder *b, AstNode *s, IrNodes *out, Sym *label) {
    AstNode *ce = s->u.forstmt.cond;
    bool never = ce && static_bool(b, &ce) < 0;
    IrNodes init = {0};
    one_stmt(b, s->u.forstmt.init, &init);
    IrNode *c = irb_opt_expr(b, ce);
    IrNode *n = irb_node(b, IR_FOR, s->pos, NULL);
    irb_note_fn(b, IRFN_HASLOOP);
    if (!never) {
        IrNodes post = {0};
        one_stmt(b, s->u.forstmt.post, &post);
        n->post = post.n ? post.a[0] : NULL;
        irb_block(b, s->u.forstmt.body, &n->body);
    }
    if (c && c->op == IR_LITERAL && c->val.kind == CV_BOOL && !cv_bool_val(c->val)) {
        irb_append(b, out, &init);
        return;
    }
    n->init = init;
    n->cond = c;
    n->label = label;
    if (distinct_vars(b, s->pos)) n->flags |= IRF_DISTINCTVARS;
    irb_push(b, out, n);
}

static void range_stmt(IrBuilder *b, AstNode *s, IrNodes *out, Sym *label) {
    IrNode *n = irb_node(b, IR_RANGE, s->u.rangestmt.range, NULL);
    irb_note_fn(b, IRFN_HASLOOP);
    n->label = label;
    IrNode *names[2];
    int nnames = 0;
    AstNode *lhs[2] = {s->u.rangestmt.key, s->u.rangestmt.value};
    for (int i = 0; i < 2 && lhs[i]; i++) {
        bool def;
        IrNode *x = irb_assign_lhs(b, lhs[i], &def, s->pos);
        if (def) names[nnames++] = x;
        if (i == 0) n->key = x;
        else n->value = x;
    }
    init_defn(b, n, names, nnames);
    n->x = irb_expr(b, s->u.rangestmt.x);
    irb_block(b, s->u.rangestmt.body, &n->body);
    if (distinct_vars(b, s->pos)) n->flags |= IRF_DISTINCTVARS;
    irb_push(b, out, n);
}

static void return_stmt(IrBuilder *b, AstNode *s, IrNodes *out);

/* ---- switch ---------------------------------------------------------------------------------- */

static Type *empty_iface(void) {
    static Type *t;
    if (!t) t = ty_new(T_INTERFACE);
    return t;
}

/* type_end_pos: noder's typeExprEndPos quirk, the position of a type
 * switch clause's variable. */
static Pos type_end_pos(AstNode *e) {
    for (;;) {
        switch (e->kind) {
        case N_Ident: return e->pos;
        case N_SelectorExpr: return e->u.sel.x->pos;
        case N_ParenExpr: e = e->u.paren.x; break;
        case N_StarExpr: e = e->u.star.x; break;
        case N_ArrayType: e = e->u.array.elt; break;
        case N_ChanType: e = e->u.chan.value; break;
        case N_Ellipsis: e = e->u.ellipsis.elt; break;
        case N_MapType: e = e->u.map.value; break;
        case N_IndexExpr: e = e->u.index.index; break;
        case N_IndexListExpr: e = e->u.index.indices.a[e->u.index.indices.n - 1]; break;
        case N_InterfaceType: {
            AstNode *m = e->u.iface.methods;
            if (!m || !m->u.fields.list.n) return e->pos;
            e = m->u.fields.list.a[m->u.fields.list.n - 1]->u.field.type;
            break;
        }
        case N_FuncType: {
            AstNode *r = e->u.functype.results, *p = e->u.functype.params;
            if (r && r->u.fields.list.n) e = r->u.fields.list.a[r->u.fields.list.n - 1]->u.field.type;
            else if (p && p->u.fields.list.n) e = p->u.fields.list.a[p->u.fields.list.n - 1]->u.field.type;
            else return e->pos;
            break;
        }
        default: return e->pos;
        }
    }
}

/* fold_switch: the writer's constant-tag simplification. Returns the
 * clauses to keep (in *keep, count returned), *folded when the tag goes. */
static int fold_switch(IrBuilder *b, AstNode *tag, AstList clauses, AstNode **keep, bool *folded) {
    *folded = false;
    ConstVal tagv = cv_bool(true);
    if (tag) {
        TypeAndValue *tv = irb_tv(b, irb_unparen(tag));
        if (!tv || tv->mode != OM_CONSTANT) goto all;
        tagv = tv->val;
    }
    AstNode *target = NULL;
    for (int i = 0; i < clauses.n && !(target && target->u.caseclause.list.n); i++) {
        AstNode *cl = clauses.a[i];
        if (!cl->u.caseclause.list.n) target = cl;
        for (int k = 0; k < cl->u.caseclause.list.n; k++) {
            TypeAndValue *tv = irb_tv(b, irb_unparen(cl->u.caseclause.list.a[k]));
            if (!tv || tv->mode != OM_CONSTANT) goto all;
            if (cv_compare(tagv, CV_EQL, tv->val)) {
                target = cl;
                break;
            }
        }
    }
    if (target && has_fallthrough(target->u.caseclause.body)) goto all;
    *folded = true;
    if (!target) return 0;
    keep[0] = target;
    return 1;
all:
    for (int i = 0; i < clauses.n; i++) keep[i] = clauses.a[i];
    return clauses.n;
}

static IrNode *case_clause(IrBuilder *b, AstNode *cl, bool folded) {
    IrNode *c = irb_node(b, IR_CASE, cl->pos, NULL);
    c->src = cl;
    (void)folded;
    return c;
}

static void expr_switch(IrBuilder *b, AstNode *s, IrNode *n) {
    AstNode *tag = s->u.switchstmt.tag;
    AstList clauses = s->u.switchstmt.body->u.block.list;
    AstNode **keep = NEWARR(b->a, AstNode *, clauses.n + 1);
    bool folded;
    int nkeep = fold_switch(b, tag, clauses, keep, &folded);
    Type *tagt = tag && !folded ? irb_type_of(b, tag) : ty_basic[B_BOOL];
    bool chan = tag && !folded && irb_under(tagt)->kind == T_CHAN;
    if (folded) tag = NULL;
    for (int i = 0; i < nkeep && !chan; i++) {
        AstList cases = folded ? (AstList){0} : keep[i]->u.caseclause.list;
        for (int k = 0; k < cases.n; k++) {
            Type *ct = irb_type_of(b, cases.a[k]);
            if (ct && !irb_assignable(ct, tagt) && !irb_is_untyped(ct) && (irb_is_iface(ct) || irb_is_iface(tagt))) {
                tagt = empty_iface();
                goto done;
            }
        }
    }
done:
    if (tag) n->x = irb_implicit(b, tagt, tag);
    for (int i = 0; i < nkeep; i++) {
        AstNode *cl = keep[i];
        IrNode *c = case_clause(b, cl, folded);
        if (!folded)
            for (int k = 0; k < cl->u.caseclause.list.n; k++)
                irb_push(b, &c->list, irb_implicit(b, chan ? NULL : tagt, cl->u.caseclause.list.a[k]));
        irb_stmts(b, cl->u.caseclause.body, &c->body);
        irb_push(b, &n->list, c);
    }
}

static bool is_nil_ident(IrBuilder *b, AstNode *e) {
    e = irb_unparen(e);
    Object *o = e->kind == N_Ident ? map_getp(&b->info->uses, e) : NULL;
    return o && o->kind == OBJ_NIL;
}

static void type_switch(IrBuilder *b, AstNode *s, IrNode *n) {
    AstNode *as = s->u.switchstmt.assign, *guard;
    if (as->kind == N_AssignStmt) guard = as->u.assign.rhs.a[0];
    else guard = as->u.exprstmt.x;
    guard = irb_unparen(guard);
    IrNode *ts = irb_node(b, IR_TYPESW, irb_pos(guard), NULL);
    ts->x = irb_expr(b, guard->u.assert.x);
    n->x = ts;
    AstList clauses = s->u.switchstmt.body->u.block.list;
    for (int i = 0; i < clauses.n; i++) {
        AstNode *cl = clauses.a[i];
        IrNode *c = case_clause(b, cl, false);
        AstList cases = cl->u.caseclause.list;
        for (int k = 0; k < cases.n; k++) {
            AstNode *ce = cases.a[k];
            if (is_nil_ident(b, ce)) irb_push(b, &c->list, irb_node(b, IR_NIL, ce->pos, ty_basic[B_UNTYPED_NIL]));
            else irb_push(b, &c->list, irb_type_node(b, irb_pos(ce), irb_type_of(b, ce)));
        }
        Object *v = map_getp(&b->info->implicits, cl);
        if (v) {
            Pos pos = cases.n ? type_end_pos(cases.a[cases.n - 1]) : cl->pos;
            c->name = irb_local(b, v->name, pos, v->type, v);
            c->name->defn = ts;
        }
        irb_stmts(b, cl->u.caseclause.body, &c->body);
        irb_push(b, &n->list, c);
    }
}

static void switch_stmt(IrBuilder *b, AstNode *s, IrNodes *out, Sym *label) {
    IrNode *n = irb_node(b, IR_SWITCH, s->pos, NULL);
    n->label = label;
    one_stmt(b, s->u.switchstmt.init, &n->init);
    if (s->kind == N_TypeSwitchStmt) type_switch(b, s, n);
    else expr_switch(b, s, n);
    irb_push(b, out, n);
}

/* ---- select ---------------------------------------------------------------------------------- */

static void comm_fixup(IrBuilder *b, IrNode *c) {
    IrNode *comm = c->x;
    if (!comm) return;
    IrNodes body = {0};
    if (comm->op == IR_AS && !(comm->flags & IRF_DEFN) && comm->y && comm->y->op == IR_CONVIFACE &&
        comm->y->x->op == IR_RECV) {
        IrNode *recv = comm->y->x;
        IrName *tmp = irb_temp(b, c->pos, recv->type);
        IrNode *tas = irb_as(b, c->pos, irb_name_node(b, tmp), recv);
        tas->flags |= IRF_DEFN;
        irb_push(b, &tas->init, irb_dcl(b, c->pos, tmp));
        tmp->defn = tas;
        comm->y->x = irb_name_node(b, tmp);
        c->x = tas;
        irb_push(b, &body, comm);
    } else if (comm->op == IR_AS2 && comm->rlist.n && comm->rlist.a[0]->init.n == 1) {
        c->x = comm->rlist.a[0]->init.a[0];
        comm->rlist.a[0]->init.n = 0;
        irb_push(b, &body, comm);
    }
    irb_append(b, &body, &c->body);
    c->body = body;
}

static void select_stmt(IrBuilder *b, AstNode *s, IrNodes *out, Sym *label) {
    IrNode *n = irb_node(b, IR_SELECT, s->pos, NULL);
    n->label = label;
    AstList clauses = s->u.selectstmt.body->u.block.list;
    for (int i = 0; i < clauses.n; i++) {
        AstNode *cl = clauses.a[i];
        IrNode *c = irb_node(b, IR_CASE, cl->pos, NULL);
        IrNodes comm = {0};
        one_stmt(b, cl->u.commclause.comm, &comm);
        c->x = comm.n ? comm.a[0] : NULL;
        irb_stmts(b, cl->u.commclause.body, &c->body);
        comm_fixup(b, c);
        irb_push(b, &n->list, c);
    }
    irb_push(b, out, n);
}

/* ---- the statement switch ------------------------------------------------------------------ */

typedef struct ResultTypes {
    Type *sig;
} ResultTypes;

static Type *result_type(void *ctx, int i) {
    ResultTypes *r = ctx;
    if (!r->sig || r->sig->kind != T_SIGNATURE) return NULL;
    Type *res = r->sig->u.sig.results;
    return i < res->u.tuple.n ? res->u.tuple.vars[i]->type : NULL;
}

static void return_stmt(IrBuilder *b, AstNode *s, IrNodes *out) {
    IrNode *n = irb_node(b, IR_RETURN, s->pos, NULL);
    ResultTypes rt = {b->fs->sig};
    irb_multi_expr(b, s->pos, result_type, &rt, s->u.ret.results, &n->list);
    irb_push(b, out, n);
}

static void branch_stmt(IrBuilder *b, AstNode *s, IrNodes *out) {
    IrOp op = IR_BREAK;
    switch (s->u.branch.tok) {
    case TK_CONTINUE: op = IR_CONTINUE; break;
    case TK_GOTO: op = IR_GOTO; break;
    case TK_FALLTHROUGH: op = IR_FALL; break;
    default: break;
    }
    IrNode *n = irb_node(b, op, s->pos, NULL);
    if (s->u.branch.label) n->label = s->u.branch.label->u.ident.name;
    irb_push(b, out, n);
}

void irb_go_defer(IrBuilder *b, AstNode *s, IrNodes *out);

static void stmt1(IrBuilder *b, AstNode *s, IrNodes *out, Sym *label) {
    switch (s->kind) {
    case N_EmptyStmt:
    case N_BadStmt: return;
    case N_AssignStmt:
        if (s->u.assign.tok == TK_DEFINE || s->u.assign.tok == TK_ASSIGN)
            assign_stmt(b, s->pos, s->u.assign.lhs, s->u.assign.rhs, out);
        else
            assign_op(b, s, out);
        return;
    case N_IncDecStmt: incdec(b, s, out); return;
    case N_BlockStmt: irb_block(b, s, out); return;
    case N_BranchStmt:
        if (!irb_rangefunc_stmt(b, s, out)) branch_stmt(b, s, out);
        return;
    case N_GoStmt:
    case N_DeferStmt: irb_go_defer(b, s, out); return;
    case N_DeclStmt: decl_stmt(b, s->u.declstmt.decl, out); return;
    case N_ExprStmt: irb_push(b, out, irb_expr(b, s->u.exprstmt.x)); return;
    case N_ForStmt:
        irb_rangefunc_target(b, s, label, true, true);
        for_stmt(b, s, out, label);
        irb_rangefunc_target(b, s, label, true, false);
        return;
    case N_RangeStmt:
        if (irb_is_range_func(b, s)) {
            irb_range_func(b, s, out, label);
            return;
        }
        irb_rangefunc_target(b, s, label, true, true);
        range_stmt(b, s, out, label);
        irb_rangefunc_target(b, s, label, true, false);
        return;
    case N_IfStmt: if_stmt(b, s, out); return;
    case N_LabeledStmt: {
        IrNode *l = irb_node(b, IR_LABEL, s->pos, NULL);
        l->label = s->u.labeled.label->u.ident.name;
        irb_push(b, out, l);
        stmt1(b, s->u.labeled.stmt, out, l->label);
        return;
    }
    case N_ReturnStmt:
        if (!irb_rangefunc_stmt(b, s, out)) return_stmt(b, s, out);
        return;
    case N_SelectStmt:
        irb_rangefunc_target(b, s, label, false, true);
        select_stmt(b, s, out, label);
        irb_rangefunc_target(b, s, label, false, false);
        return;
    case N_SendStmt: {
        IrNode *n = irb_node(b, IR_SEND, s->pos, NULL);
        n->x = irb_expr(b, s->u.send.chan);
        Type *ct = irb_under(n->x->type);
        n->y = irb_implicit(b, ct && ct->kind == T_CHAN ? ct->u.chan.elem : NULL, s->u.send.value);
        irb_push(b, out, n);
        return;
    }
    case N_SwitchStmt:
    case N_TypeSwitchStmt:
        irb_rangefunc_target(b, s, label, false, true);
        switch_stmt(b, s, out, label);
        irb_rangefunc_target(b, s, label, false, false);
        return;
    default: return;
    }
}

/* ---- go and defer (typecheck's normalizeGoDeferCall) ------------------------------------ */

static Type *empty_sig(void) {
    static Type *t;
    if (!t) {
        t = ty_new(T_SIGNATURE);
        t->u.sig.params = ty_tuple(NULL, 0);
        t->u.sig.results = ty_tuple(NULL, 0);
    }
    return t;
}

typedef struct GoDefer {
    IrBuilder *b;
    IrNode **argps[256];
    int n;
    bool overflow;
} GoDefer;

/* gd_visit: an operand that must be evaluated at the go/defer statement
 * (literals, nil, functions, method expressions, new(T) and the parts of
 * composite literals can wait for the wrapper). */
static void gd_visit(GoDefer *g, IrNode **argp) {
    IrNode *arg = *argp;
    if (!arg) return;
    switch (arg->op) {
    case IR_LITERAL: case IR_NIL: case IR_METHEXPR: case IR_NEW: return;
    case IR_NAME:
        if (arg->name && arg->name->class == PFUNC) return;
        break;
    case IR_CONVNOP:
        if (ty_is_basic(arg->type, BI_INTEGER) && irb_under(arg->type)->u.basic.kind == B_UINTPTR && arg->x->type &&
            irb_under(arg->x->type)->kind == T_BASIC && irb_under(arg->x->type)->u.basic.kind == B_UNSAFE_POINTER) {
            gd_visit(g, &arg->x);
            return;
        }
        break;
    case IR_ARRAYLIT: case IR_SLICELIT: case IR_STRUCTLIT:
        for (int i = 0; i < arg->list.n; i++) {
            IrNode *el = arg->list.a[i];
            if (el->op == IR_KEY) gd_visit(g, &el->y);
            else if (el->op == IR_STRUCTKEY) gd_visit(g, &el->x);
            else gd_visit(g, &arg->list.a[i]);
        }
        return;
    default: break;
    }
    if (g->n < 256) g->argps[g->n++] = argp;
    else g->overflow = true;
}

static void gd_visit_list(GoDefer *g, IrNodes *l) {
    for (int i = 0; i < l->n; i++) gd_visit(g, &l->a[i]);
}

static bool already_normal(IrNode *call) {
    if (call->op != IR_CALLFUNC || !call->x->type) return false;
    Type *sig = irb_under(call->x->type);
    return sig->kind == T_SIGNATURE && sig->u.sig.params->u.tuple.n + sig->u.sig.results->u.tuple.n == 0;
}

static void gd_args(GoDefer *g, IrNode *call) {
    switch (call->op) {
    case IR_CALLFUNC:
        gd_visit(g, &call->x);
        gd_visit_list(g, &call->list);
        break;
    case IR_CALLINTER:
        g->argps[g->n++] = &call->x->x; /* first, for the nil check */
        gd_visit_list(g, &call->list);
        break;
    case IR_APPEND: case IR_DELETE: case IR_PRINT: case IR_PRINTLN: case IR_RECOVER: gd_visit_list(g, &call->list); break;
    case IR_COPY:
        gd_visit(g, &call->x);
        gd_visit(g, &call->y);
        break;
    case IR_CLEAR: case IR_CLOSE: case IR_PANIC: gd_visit(g, &call->x); break;
    default: break;
    }
}

static IrNode *wrap_go_defer(IrBuilder *b, IrNode *stmt, IrNode *call) {
    IrFunc *w = irb_closure_func(b, stmt->pos, empty_sig(), stmt->op == IR_GO ? "go" : "defer");
    w->flags |= IRFN_WRAPPER | IRFN_HASBODY;
    GoDefer g = {b, {0}, 0, false};
    gd_args(&g, call);
    if (g.n) {
        IrNode *as = irb_node(b, IR_AS2, stmt->pos, NULL);
        for (int i = 0; i < g.n; i++) {
            IrNode *arg = *g.argps[i];
            Pos pos = arg->op == IR_NAME ? stmt->pos : arg->pos;
            IrName *tmp = irb_temp(b, pos, arg->type);
            irb_push(b, &stmt->init, irb_dcl(b, pos, tmp));
            tmp->defn = as;
            irb_push(b, &as->list, irb_name_node(b, tmp));
            irb_push(b, &as->rlist, arg);
            *g.argps[i] = irb_name_node(b, irb_capture_temp(b, w, tmp, pos));
        }
        irb_push(b, &stmt->init, as);
        if (call->op == IR_CALLINTER) {
            IrNode *chk = irb_node(b, IR_CHECKNIL, stmt->pos, NULL);
            chk->x = irb_name_node(b, as->list.a[0]->name);
            irb_push(b, &stmt->init, chk);
        }
    }
    irb_push(b, &w->body, call);
    w->endpos = stmt->pos;
    IrNode *c = irb_node(b, IR_CALLFUNC, call->pos, NULL);
    c->x = w->closure;
    return c;
}

void irb_go_defer(IrBuilder *b, AstNode *s, IrNodes *out) {
    IrNode *n = irb_node(b, s->kind == N_GoStmt ? IR_GO : IR_DEFER, s->pos, NULL);
    IrNode *call = irb_expr(b, s->u.gostmt.call);
    if (n->op == IR_DEFER) n->y = irb_rangefunc_defers(b);
    n->init = call->init;
    call->init = (IrNodes){0};
    n->x = already_normal(call) ? call : wrap_go_defer(b, n, call);
    irb_push(b, out, n);
}
