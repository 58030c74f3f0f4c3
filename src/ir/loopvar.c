/* loopvar.c: Go 1.22 per-iteration loop variables, as gc's loopvar pass
 * (loopvar.ForCapture) makes them explicit.
 *
 * Only loops of a package whose language version is go1.22 or later
 * (IRF_DISTINCTVARS) and only variables that may outlive an iteration
 * (captured by a closure or address-taken inside the loop, not within a
 * return statement) are rewritten. A range loop then ranges into a
 * temporary and starts its body with `v := tmp`; a three-clause loop
 * becomes gc's
 *
 *     for z' := init; ; {                  // tmpFirst := true in init
 *         z := z'
 *         if tmpFirst { tmpFirst = false } else { post }
 *         if !cond { break }
 *         body (continue -> goto .3clNext_N)
 *     .3clNext_N:
 *         z' = z
 *     }
 *
 * with the DCLs of the variables moved to their new definitions. Each
 * function (closures too) is handled on its own, after the whole package
 * is built, so the temporaries number after every other local. */
#include <stdio.h>

#include "ir/irb.h"

typedef struct LoopVar {
    IrBuilder *b;
    IrFunc *fn;
    Map leaked;    /* IrName* -> (void*)1 noted, (void*)2 leaked */
    Map dclfix;    /* IrName* -> the AS its DCL moves to */
    int depth, return_depth, seq;
} LoopVar;

static void note(LoopVar *lv, IrNode *x) {
    if (x && x->op == IR_NAME && x->name && !ir_is_blank(x)) map_putp(&lv->leaked, x->name, (void *)1);
}

static bool is_leaked(LoopVar *lv, IrName *n) { return map_getp(&lv->leaked, n) == (void *)2; }

static void mark_leaked(LoopVar *lv, IrName *n) {
    if (map_getp(&lv->leaked, n)) map_putp(&lv->leaked, n, (void *)2);
}

static void scan(LoopVar *lv, IrNode *n);

static void scan_list(LoopVar *lv, IrNodes *l) {
    for (int i = 0; i < l->n; i++) scan(lv, l->a[i]);
}

static bool scan_step(IrNode *n, void *ctx) {
    scan(ctx, n);
    return false;
}

static void scan_children(LoopVar *lv, IrNode *n) { ir_each_child(n, scan_step, lv); }

static IrNode *as_def(IrBuilder *b, Pos pos, IrNode *x, IrNode *y) {
    IrNode *as = irb_as(b, pos, x, y);
    as->flags |= IRF_DEFN;
    return as;
}

static IrNode *replace_var(LoopVar *lv, IrNode *k, IrNode *loop, IrNodes *prefix) {
    if (!k || k->op != IR_NAME || !k->name || !is_leaked(lv, k->name)) return k;
    IrName *n = k->name;
    n->flags |= IRN_LOOPVAR;
    IrName *tk = ir_new_temp(lv->b->ip, lv->fn, lv->fn->pos, n->type);
    IrNode *as = as_def(lv->b, loop->pos, irb_name_node(lv->b, n), irb_name_node(lv->b, tk));
    irb_push(lv->b, prefix, as);
    map_putp(&lv->dclfix, n, as);
    return irb_name_node(lv->b, tk);
}

static void range_loop(LoopVar *lv, IrNode *x) {
    if (!((x->flags & IRF_DEFN) && (x->flags & IRF_DISTINCTVARS))) {
        x->flags &= ~IRF_DISTINCTVARS;
        scan_children(lv, x);
        return;
    }
    note(lv, x->key);
    note(lv, x->value);
    lv->depth++;
    scan_children(lv, x);
    lv->depth--;
    IrNodes prefix = {0};
    x->key = replace_var(lv, x->key, x, &prefix);
    x->value = replace_var(lv, x->value, x, &prefix);
    if (prefix.n) {
        /* gc prepends one at a time: the value's assignment ends up first */
        IrNodes body = {0};
        for (int i = prefix.n - 1; i >= 0; i--) irb_push(lv->b, &body, prefix.a[i]);
        irb_append(lv->b, &body, &x->body);
        x->body = body;
    }
    x->flags &= ~IRF_DISTINCTVARS;
}

/* init_defs: the names the init statements of a for loop declare. */
static void init_defs(IrNode *x, IrNode ***out, int *n, int cap) {
    *n = 0;
    for (int i = 0; i < x->init.n; i++) {
        IrNode *s = x->init.a[i];
        if (!(s->flags & IRF_DEFN)) continue;
        if (s->op == IR_AS) {
            if (*n < cap) out[(*n)++] = &s->x;
        } else if (s->op == IR_AS2 || s->op == IR_AS2FUNC || s->op == IR_AS2MAPR || s->op == IR_AS2DOTTYPE ||
                   s->op == IR_AS2RECV) {
            for (int k = 0; k < s->list.n && *n < cap; k++) out[(*n)++] = &s->list.a[k];
        }
    }
}

typedef struct Cont {
    Sym *label, *loop_label;
    int depth;
} Cont;

static void edit_continues(Cont *c, IrNode *n);

static void edit_list(Cont *c, IrNodes *l) {
    for (int i = 0; i < l->n; i++) edit_continues(c, l->a[i]);
}

static void edit_continues(Cont *c, IrNode *n) {
    if (!n || n->op == IR_CLOSURE) return;
    if (n->op == IR_CONTINUE &&
        ((c->depth == 0 && !n->label) || (c->loop_label && n->label == c->loop_label))) {
        n->label = c->label;
        n->op = IR_GOTO;
    }
    bool loop = n->op == IR_FOR || n->op == IR_RANGE;
    if (loop) c->depth++;
    edit_list(c, &n->init);
    IrNode *kids[] = {n->x, n->y, n->z, n->cond, n->post, n->key, n->value};
    for (int i = 0; i < 7; i++) edit_continues(c, kids[i]);
    edit_list(c, &n->list);
    edit_list(c, &n->rlist);
    edit_list(c, &n->body);
    edit_list(c, &n->els);
    if (loop) c->depth--;
}

static IrNode *bool_lit(IrBuilder *b, Pos pos, bool v) { return irb_literal(b, pos, ty_basic[B_BOOL], cv_bool(v)); }

static void transform_for(LoopVar *lv, IrNode *x, IrNode ***defs, int ndefs) {
    IrBuilder *b = lv->b;
    Pos pos = x->pos, fpos = lv->fn->pos;
    IrNodes pre = {0}, post = {0};
    for (int i = 0; i < ndefs; i++) {
        IrNode *z = *defs[i];
        if (z->op != IR_NAME || !z->name || !is_leaked(lv, z->name)) continue;
        z->name->flags |= IRN_LOOPVAR;
        IrName *tz = ir_new_temp(b->ip, lv->fn, fpos, z->name->type);
        IrNode *as = as_def(b, pos, irb_name_node(b, z->name), irb_name_node(b, tz));
        z->name->defn = as;
        irb_push(b, &pre, as);
        map_putp(&lv->dclfix, z->name, as);
        irb_push(b, &post, irb_as(b, pos, irb_name_node(b, tz), irb_name_node(b, z->name)));
        *defs[i] = irb_name_node(b, tz);
    }
    char buf[32];
    snprintf(buf, sizeof buf, ".3clNext_%d", lv->seq++);
    IrNode *label = irb_node(b, IR_LABEL, pos, NULL);
    label->label = intern_cstr(buf);
    Cont c = {label->label, x->label, 0};
    edit_list(&c, &x->body);
    IrNode *first_dcl = NULL;
    if (x->post) {
        IrName *tf = ir_new_temp(b->ip, lv->fn, fpos, ty_basic[B_BOOL]);
        first_dcl = irb_as(b, pos, irb_name_node(b, tf), bool_lit(b, fpos, true));
        IrNode *iff = irb_node(b, IR_IF, pos, NULL);
        iff->cond = irb_name_node(b, tf);
        irb_push(b, &iff->body, irb_as(b, pos, irb_name_node(b, tf), bool_lit(b, fpos, false)));
        irb_push(b, &iff->els, x->post);
        irb_push(b, &iff->init, irb_dcl(b, fpos, tf));
        irb_push(b, &pre, iff);
    }
    if (x->cond) {
        IrNode *not = irb_node(b, IR_UNARY, x->cond->pos, x->cond->type);
        not->tokop = TK_NOT;
        not->x = x->cond;
        IrNode *iff = irb_node(b, IR_IF, pos, NULL);
        iff->cond = not;
        irb_push(b, &iff->body, irb_node(b, IR_BREAK, pos, NULL));
        irb_push(b, &pre, iff);
    }
    if (first_dcl) irb_push(b, &x->init, first_dcl);
    irb_append(b, &pre, &x->body);
    irb_push(b, &pre, label);
    irb_append(b, &pre, &post);
    x->body = pre;
    x->cond = NULL;
    x->post = NULL;
}

static void for_loop(LoopVar *lv, IrNode *x) {
    if (!(x->flags & IRF_DISTINCTVARS)) {
        scan_children(lv, x);
        return;
    }
    IrNode **defs[64];
    int ndefs;
    init_defs(x, defs, &ndefs, 64);
    for (int i = 0; i < ndefs; i++) note(lv, *defs[i]);
    lv->depth++;
    scan_children(lv, x);
    lv->depth--;
    init_defs(x, defs, &ndefs, 64);
    bool any = false;
    for (int i = 0; i < ndefs; i++)
        if ((*defs[i])->op == IR_NAME && (*defs[i])->name && is_leaked(lv, (*defs[i])->name)) any = true;
    if (any) transform_for(lv, x, defs, ndefs);
    x->flags &= ~IRF_DISTINCTVARS;
}

static void scan(LoopVar *lv, IrNode *n) {
    if (!n) return;
    switch (n->op) {
    case IR_CLOSURE:
        if (lv->return_depth < lv->depth)
            for (int i = 0; i < n->func->closure_vars.n; i++) mark_leaked(lv, ir_canonical(n->func->closure_vars.a[i]));
        break;
    case IR_ADDR:
        if (lv->return_depth < lv->depth) {
            IrNode *y = ir_outer_value(n->x);
            if (y->op == IR_NAME && y->name && y->name->class != PEXTERN && y->name->class != PFUNC)
                mark_leaked(lv, y->name);
        }
        break;
    case IR_RETURN: {
        int saved = lv->return_depth;
        lv->return_depth = lv->depth;
        scan_children(lv, n);
        lv->return_depth = saved;
        return;
    }
    case IR_RANGE: range_loop(lv, n); return;
    case IR_FOR: for_loop(lv, n); return;
    default: break;
    }
    scan_children(lv, n);
}

/* ---- moving the DCLs ------------------------------------------------------------------- */

static void fix_list(LoopVar *lv, IrNodes *l);

static void fix_node(LoopVar *lv, IrNode *n) {
    if (!n || n->op == IR_CLOSURE) return;
    fix_list(lv, &n->init);
    IrNode *kids[] = {n->x, n->y, n->z, n->cond, n->post, n->key, n->value};
    for (int i = 0; i < 7; i++) fix_node(lv, kids[i]);
    fix_list(lv, &n->list);
    fix_list(lv, &n->rlist);
    fix_list(lv, &n->body);
    fix_list(lv, &n->els);
}

static void fix_list(LoopVar *lv, IrNodes *l) {
    int j = 0;
    for (int i = 0; i < l->n; i++) {
        IrNode *n = l->a[i];
        IrNode *as = n->op == IR_DCL && n->name ? map_getp(&lv->dclfix, n->name) : NULL;
        if (as) {
            IrNodes init = {0};
            irb_push(lv->b, &init, n);
            irb_append(lv->b, &init, &as->init);
            as->init = init;
            map_putp(&lv->dclfix, n->name, NULL);
            continue;
        }
        l->a[j++] = n;
    }
    l->n = j;
    for (int i = 0; i < l->n; i++) fix_node(lv, l->a[i]);
}

void irb_loopvar(IrBuilder *b, IrFunc *fn) {
    LoopVar lv = {0};
    lv.b = b;
    lv.fn = fn;
    lv.seq = 1;
    lv.return_depth = 0;
    scan_list(&lv, &fn->body);
    if (lv.dclfix.len) fix_list(&lv, &fn->body);
    map_clear(&lv.leaked);
    map_clear(&lv.dclfix);
}
