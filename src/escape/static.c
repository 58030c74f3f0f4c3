/* static.c: what gc's ir.ReassignOracle knows about a function's locals,
 * and rewriteWithLiterals.
 *
 * The oracle walks a function (with its closures) once: a parameter never
 * assigned, or a local defined by := or var x = v and never assigned
 * again (nor address-taken), has a static value, its defining right-hand
 * side; for func-typed locals it also keeps every simple assignment, so a
 * call through such a variable can be resolved to its possible callees.
 * Closures share the oracle of their outermost function, made at the
 * first question, as in gc (the state of address-taken flags at that
 * moment counts).
 *
 * rewriteWithLiterals then replaces a make size or a value converted to
 * an interface by the constant it statically holds, which changes both
 * the decisions (constant-size make) and the printed forms
 * ("make([]byte, 128)", "5 escapes to heap"). */
#include "escape/esc.h"

#include <string.h>

typedef Vec(IrNode *) AssignList;

struct EscReassign {
    IrFunc *fn;
    Map single_def;   /* IrName* -> defining node (a params marker for params), or &deleted */
    Map func_assigns; /* IrName* -> AssignList* of OAS nodes, or &deleted */
};

static char deleted;  /* map value of a candidate that was ruled out */
static IrNode param_def; /* single_def of a parameter */

typedef struct Scan {
    EscReassign *ro;
} Scan;

static void *lookup(Map *m, IrName *n) {
    void *v = map_getp(m, n);
    return v == &deleted ? NULL : v;
}

static void track_func(Scan *s, IrName *n) {
    if (map_getp(&s->ro->func_assigns, n)) return;
    AssignList *l = xmalloc(sizeof *l);
    memset(l, 0, sizeof *l);
    map_putp(&s->ro->func_assigns, n, l);
}

static bool find_locals(IrNode *n, void *ctx) {
    Scan *s = ctx;
    if (n->op == IR_CLOSURE && n->func) {
        ir_any_func(n->func, find_locals, s);
        return false;
    }
    if (n->op != IR_NAME || !n->name) return false;
    IrName *nn = n->name;
    if (nn->class != PAUTO || (nn->flags & IRN_ADDRTAKEN) || (nn->flags & IRN_CLOSUREVAR)) return false;
    bool is_func = esc_is_kind(nn->type, T_SIGNATURE);
    if (!nn->defn) {
        if (is_func) track_func(s, nn);
    } else {
        if (!map_getp(&s->ro->single_def, nn)) map_putp(&s->ro->single_def, nn, nn->defn);
        if (is_func && nn->defn->op == IR_AS) track_func(s, nn);
    }
    return false;
}

/* outer_name: the variable an assignment's left-hand side writes into */
static IrName *outer_name(IrNode *x) {
    x = x ? ir_outer_value(x) : NULL;
    return x && x->op == IR_NAME && x->name ? ir_canonical(x->name) : NULL;
}

static bool is_nil_assign(IrNode *as) {
    IrNode *y = as->y;
    while (y && y->op == IR_CONVNOP) y = y->x;
    return !y || y->op == IR_NIL;
}

static void prune(Scan *s, IrNode *lhs, IrNode *asn) {
    IrName *on = outer_name(lhs);
    if (!on) return;
    IrNode *defn = lookup(&s->ro->single_def, on);
    if (defn && (on->class == PPARAM || (on->class == PAUTO && asn != defn)))
        map_putp(&s->ro->single_def, on, &deleted);
    AssignList *l = lookup(&s->ro->func_assigns, on);
    if (!l) return;
    if (asn->op == IR_AS && is_nil_assign(asn)) return;
    if (asn->op == IR_AS) {
        vec_push(l, asn);
        return;
    }
    vec_free(l);
    free(l);
    map_putp(&s->ro->func_assigns, on, &deleted);
}

static bool find_assigns(IrNode *n, void *ctx) {
    Scan *s = ctx;
    switch (n->op) {
    case IR_AS: case IR_ASOP: prune(s, n->x, n); break;
    case IR_AS2: case IR_AS2FUNC: case IR_AS2MAPR: case IR_AS2DOTTYPE: case IR_AS2RECV:
        for (int i = 0; i < n->list.n; i++) prune(s, n->list.a[i], n);
        break;
    case IR_RANGE:
        prune(s, n->key, n);
        prune(s, n->value, n);
        break;
    case IR_CLOSURE:
        if (n->func) ir_any_func(n->func, find_assigns, s);
        break;
    default: break;
    }
    return false;
}

static EscReassign *reassign_new(IrFunc *fn) {
    EscReassign *ro = xmalloc(sizeof *ro);
    memset(ro, 0, sizeof *ro);
    ro->fn = fn;
    for (int i = 0; i < fn->params.n; i++) {
        IrName *p = fn->params.a[i];
        if (p && p->sym && strcmp(p->sym->s, "_")) map_putp(&ro->single_def, p, &param_def);
    }
    Scan s = {ro};
    ir_any_func(fn, find_locals, &s);
    ir_any_func(fn, find_assigns, &s);
    return ro;
}

static void free_list(Map *m) {
    for (uint32_t i = 0; i < m->cap; i++) {
        AssignList *l = map_key_at(m, i) ? map_val_at(m, i) : NULL;
        if (l && (void *)l != &deleted) {
            vec_free(l);
            free(l);
        }
    }
}

void esc_reassign_free(EscReassign *ro) {
    free_list(&ro->func_assigns);
    map_clear(&ro->func_assigns);
    map_clear(&ro->single_def);
    free(ro);
}

/* esc_reassign_oracle: the oracle of fn's outermost function, made on
 * first use and cached for fn and for it. */
EscReassign *esc_reassign_oracle(EscBatch *b, IrFunc *fn) {
    EscFunc *ef = esc_func(b, fn);
    if (ef->ro) return ef->ro;
    IrFunc *f = fn;
    while (f->outer) f = f->outer;
    EscFunc *pf = esc_func(b, f);
    if (!pf->ro) {
        pf->ro = reassign_new(f);
        vec_push(&b->pkg->oracles, pf->ro);
    }
    ef->ro = pf->ro;
    return ef->ro;
}

static IrNode *static_value1(EscReassign *ro, IrNode *nn) {
    if (nn->op != IR_NAME || !nn->name) return NULL;
    IrName *n = ir_canonical(nn->name);
    if (n->class != PAUTO || !n->defn) return NULL;
    IrNode *defn = n->defn, *rhs = NULL;
    if (defn->op == IR_AS) {
        rhs = defn->y;
    } else if (defn->op == IR_AS2) {
        for (int i = 0; i < defn->list.n && i < defn->rlist.n; i++)
            if (defn->list.a[i]->op == IR_NAME && defn->list.a[i]->name == n) rhs = defn->rlist.a[i];
    }
    if (!rhs || lookup(&ro->single_def, n) == NULL) return NULL;
    return rhs;
}

IrNode *esc_static_value(EscReassign *ro, IrNode *n) {
    for (;;) {
        if (n->op == IR_CONVNOP && n->x) {
            n = n->x;
            continue;
        }
        IrNode *n1 = static_value1(ro, n);
        if (!n1) return n;
        n = n1;
    }
}

IrNode **esc_func_assignments(EscReassign *ro, IrName *name, int *n) {
    AssignList *l = lookup(&ro->func_assigns, ir_canonical(name));
    *n = l ? l->n : 0;
    return l ? l->a : NULL;
}

/* ---- zero values --------------------------------------------------------------- */

bool esc_is_zero(IrNode *n) {
    switch (n->op) {
    case IR_NIL: return true;
    case IR_LITERAL:
        switch (n->val.kind) {
        case CV_STRING: return cv_string_len(n->val) == 0;
        case CV_BOOL: return !cv_bool_val(n->val);
        default: return cv_sign(n->val) == 0;
        }
    case IR_ARRAYLIT:
        for (int i = 0; i < n->list.n; i++) {
            IrNode *e = n->list.a[i];
            if (!esc_is_zero(e->op == IR_KEY ? e->y : e)) return false;
        }
        return true;
    case IR_STRUCTLIT:
        for (int i = 0; i < n->list.n; i++) {
            IrNode *e = n->list.a[i];
            if (!esc_is_zero(e->op == IR_STRUCTKEY ? e->x : e)) return false;
        }
        return true;
    default: return false;
    }
}

/* ---- rewriteWithLiterals --------------------------------------------------------- */

static IrNode *new_literal(EscBatch *b, Pos pos, Type *t, ConstVal v) {
    IrNode *lit = NEW(b->ip->arena, IrNode);
    lit->op = IR_LITERAL;
    lit->pos = pos;
    lit->type = t;
    lit->val = v;
    lit->flags = IRF_IMPLICIT;
    return lit;
}

/* valid_type_for_const: a constant of v's kind can have type t */
static bool valid_type_for_const(Type *t, ConstVal v) {
    switch (v.kind) {
    case CV_BOOL: return ty_is_basic(t, BI_BOOLEAN);
    case CV_STRING: return ty_is_basic(t, BI_STRING);
    case CV_INT: return ty_is_basic(t, BI_INTEGER);
    case CV_FLOAT: return ty_is_basic(t, BI_FLOAT);
    case CV_COMPLEX: return ty_is_basic(t, BI_COMPLEX);
    default: return false;
    }
}

static void rewrite_make(EscBatch *b, IrNode *n, IrFunc *fn) {
    IrNode **r = n->y ? &n->y : &n->x;
    if (!*r || (*r)->op == IR_LITERAL) return;
    EscReassign *ro = esc_reassign_oracle(b, fn);
    IrNode *s = esc_static_value(ro, *r);
    if (s->op == IR_LITERAL) {
        if (s->val.kind == CV_INT && cv_sign(s->val) >= 0) *r = new_literal(b, n->pos, (*r)->type, s->val);
    } else if (s->op == IR_LEN && s->x) {
        IrNode *x = esc_static_value(ro, s->x);
        if (x->op == IR_SLICELIT && x->len && x->len->op == IR_LITERAL)
            *r = new_literal(b, n->pos, ty_basic[B_INT], x->len->val);
    }
}

static void rewrite_conv_iface(EscBatch *b, IrNode *conv, IrFunc *fn) {
    IrNode *x = conv->x;
    if (!x || x->op == IR_LITERAL || !x->type || esc_is_interface(x->type)) return;
    IrNode *v = esc_static_value(esc_reassign_oracle(b, fn), x);
    if (v && v->op == IR_LITERAL && valid_type_for_const(x->type, v->val))
        conv->x = new_literal(b, conv->pos, x->type, v->val);
}

void esc_rewrite_with_literals(EscBatch *b, IrNode *n, IrFunc *fn) {
    if (!n || !fn) return;
    if (n->op == IR_MAKESLICE) rewrite_make(b, n, fn);
    else if (n->op == IR_CONVIFACE) rewrite_conv_iface(b, n, fn);
}
