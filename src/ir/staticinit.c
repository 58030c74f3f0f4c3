/* staticinit.c: which package-level initialisers stay in the init function.
 *
 * gc (pkginit.MakeTask, before escape analysis) hands the statements of
 * the synthetic "init" function to staticinit: whatever can be laid out
 * as static data (constants, nil, addresses of globals, functions and
 * closures without captures, composite literals of such things, pointers
 * to them, interface conversions of them, []byte of a constant string)
 * leaves the function; what cannot stays, whole or as assignments of the
 * non-static parts of a literal. Escape analysis only ever sees what
 * stays, so `var p = &T{}` prints nothing while `var m = map[K]V{}` does.
 * We keep gc's decisions (sched.go's StaticAssign, staticcopy and the
 * side-effect rules), not its data.
 *
 * In the FIPS 140 module (crypto/internal/fips140 and below, not external
 * test packages) gc avoids relocations in global data: names, method
 * values, non-zero strings, addresses, pointer and slice literals,
 * []byte of strings, closures and interface conversions are never static
 * there, so `var p = &T{}` stays in init and escapes.
 *
 * Before that, as gc's reader does, big side-effect-free map initialisers
 * move out of init into functions of their own (OutlineMapInits): their
 * diagnostics then come with those functions, ahead of init's. */
#include <stdio.h>
#include <string.h>

#include "ir/irb.h"

typedef struct Sched {
    IrBuilder *b;
    IrNodes out;
    bool seen_mutation;
    bool fips; /* gc's disableGlobalAddrs (base.Ctxt.IsFIPS) */
} Sched;

static bool static_assign(Sched *s, IrName *l, IrNode *r, Type *typ);

static void residual(Sched *s, IrName *l, IrNode *v) {
    IrNode *as = irb_as(s->b, v->pos, irb_name_node(s->b, l), v);
    irb_push(s->b, &s->out, as);
}

static void assign(Sched *s, IrName *l, IrNode *v) {
    if (!static_assign(s, l, v, v->type)) residual(s, l, v);
}

/* ---- side effects ------------------------------------------------------------------ */

static bool is_side_effect(IrNode *n, void *ctx) {
    (void)ctx;
    switch (n->op) {
    case IR_NAME: case IR_TYPE: case IR_LITERAL: case IR_NIL: case IR_ADDSTR: case IR_ADDR: case IR_ANDAND:
    case IR_OROR: case IR_BYTES2STR: case IR_RUNES2STR: case IR_STR2BYTES: case IR_STR2RUNES: case IR_CAP:
    case IR_MAPLIT: case IR_STRUCTLIT: case IR_ARRAYLIT: case IR_SLICELIT: case IR_PTRLIT: case IR_CONV:
    case IR_CONVIFACE: case IR_CONVNOP: case IR_DOT: case IR_KEY: case IR_STRUCTKEY: case IR_LEN: case IR_NEW:
    case IR_UNARY: case IR_RUNESTR: case IR_REAL: case IR_IMAG: case IR_COMPLEX: return false;
    case IR_BINARY:
        if (n->tokop == TK_QUO || n->tokop == TK_REM)
            return n->y->op != IR_LITERAL || cv_sign(n->y->val) == 0;
        return false;
    case IR_MAKECHAN:
    case IR_MAKEMAP: return !(n->x && n->x->op == IR_LITERAL && n->x->val.kind == CV_INT && cv_sign(n->x->val) == 0);
    default: return true;
    }
}

/* unsafe_lhs: assigning to lhs may modify a package-level variable of pkg. */
static bool unsafe_lhs(IrNode *lhs, Package *pkg) {
    IrNode *o = ir_outer_value(lhs);
    while (o->op == IR_DEREF) o = o->x;
    return !(o->op == IR_NAME && o->name && !(o->name->class == PEXTERN && o->name->obj && o->name->obj->pkg == pkg));
}

static bool modifies(IrNode *n, void *ctx) {
    Package *pkg = ctx;
    switch (n->op) {
    case IR_CALLFUNC: case IR_CALLINTER: case IR_APPEND: case IR_CLEAR: case IR_COPY: return true;
    case IR_AS: case IR_ASOP: return unsafe_lhs(n->x, pkg);
    case IR_AS2: case IR_AS2DOTTYPE: case IR_AS2FUNC: case IR_AS2MAPR: case IR_AS2RECV:
        for (int i = 0; i < n->list.n; i++)
            if (unsafe_lhs(n->list.a[i], pkg)) return true;
        return false;
    default: return false;
    }
}

/* ---- static copies and locations ------------------------------------------------------ */

static bool is_local_global(Sched *s, IrName *n) {
    return n->class == PEXTERN && n->obj && n->obj->pkg == s->b->pkg;
}

static bool static_copy(Sched *s, IrName *rn, Type *typ) {
    if (rn->class == PFUNC) return true;
    if (!is_local_global(s, rn) || !rn->defn || rn->defn->op != IR_AS) return false;
    if (irb_is_string(rn->type) || s->seen_mutation) return false;
    IrNode *r = rn->defn->y;
    if (!r) return false;
    while (r->op == IR_CONVNOP && !ty_identical(r->type, typ)) r = r->x;
    switch (r->op) {
    case IR_METHEXPR: return true;
    case IR_NAME: return true; /* copied statically, or assigned from it at init */
    case IR_NIL:
    case IR_LITERAL: return true;
    case IR_ADDR: return r->x->op == IR_NAME && r->x->name && r->x->name->class == PEXTERN;
    case IR_PTRLIT:
        return r->x->op == IR_ARRAYLIT || r->x->op == IR_SLICELIT || r->x->op == IR_STRUCTLIT || r->x->op == IR_MAPLIT;
    case IR_SLICELIT:
    case IR_ARRAYLIT:
    case IR_STRUCTLIT: return true;
    default: return false;
    }
}

static bool static_loc(IrNode *n) {
    switch (n->op) {
    case IR_NAME: return n->name && n->name->class == PEXTERN;
    case IR_METHEXPR: return true;
    case IR_DOT: return static_loc(n->x);
    case IR_INDEX:
        if (irb_under(n->x->type)->kind == T_SLICE || !static_loc(n->x)) return false;
        return n->y->op == IR_LITERAL && n->y->val.kind == CV_INT && cv_sign(n->y->val) >= 0;
    default: return false;
    }
}

/* ---- StaticAssign ------------------------------------------------------------------------ */

static bool is_zero(IrNode *n) {
    if (n->op == IR_NIL) return true;
    if (n->op == IR_LITERAL) return cv_sign(n->val) == 0 || (n->val.kind == CV_STRING && cv_string_len(n->val) == 0) ||
                                    (n->val.kind == CV_BOOL && !cv_bool_val(n->val));
    if (n->op == IR_ARRAYLIT || n->op == IR_STRUCTLIT) {
        for (int i = 0; i < n->list.n; i++) {
            IrNode *e = n->list.a[i];
            if (e->op == IR_KEY) e = e->y;
            else if (e->op == IR_STRUCTKEY) e = e->x;
            if (!is_zero(e)) return false;
        }
        return true;
    }
    return false;
}

/* elems: the planned (non-zero, flattened) elements of a literal. */
static void elems(Sched *s, IrName *l, IrNode *lit) {
    for (int i = 0; i < lit->list.n; i++) {
        IrNode *e = lit->list.a[i];
        if (e->op == IR_KEY) e = e->y;
        else if (e->op == IR_STRUCTKEY) {
            if (e->sel && e->sel->name->len == 1 && e->sel->name->s[0] == '_') continue;
            e = e->x;
        }
        if (is_zero(e)) continue;
        if (e->op == IR_ARRAYLIT || e->op == IR_STRUCTLIT) {
            elems(s, l, e);
            continue;
        }
        if (e->op == IR_NIL || (e->op == IR_LITERAL && !s->fips)) continue;
        assign(s, l, e);
    }
}

static bool is_direct_iface(Type *t) {
    Type *u = irb_under(t);
    switch (u->kind) {
    case T_POINTER: case T_CHAN: case T_MAP: case T_SIGNATURE: return true;
    case T_BASIC: return u->u.basic.kind == B_UNSAFE_POINTER;
    case T_ARRAY: return u->u.array.len == 1 && is_direct_iface(u->u.array.elem);
    case T_STRUCT: return u->u.strct.nfields == 1 && is_direct_iface(u->u.strct.fields[0]->type);
    default: return false;
    }
}

/* fips_static: r may still be static data in the FIPS module. */
static bool fips_static(IrNode *r) {
    switch (r->op) {
    case IR_NIL: case IR_ARRAYLIT: case IR_STRUCTLIT: return true;
    case IR_LITERAL: return !(r->val.kind == CV_STRING && cv_string_len(r->val) != 0);
    default: return false;
    }
}

/* is_fips: gc's Link.IsFIPS for the package being compiled. */
static bool is_fips(const Package *p) {
    const char *path = p && p->path ? p->path : "";
    size_t n = strlen(path);
    if (n >= 5 && !strcmp(path + n - 5, "_test")) return false;
    return !strcmp(path, "crypto/internal/fips140") || !strncmp(path, "crypto/internal/fips140/", 24);
}

static bool static_assign(Sched *s, IrName *l, IrNode *r, Type *typ) {
    if (!r) return true;
    while (r->op == IR_CONVNOP) r = r->x;
    if (s->fips && !fips_static(r)) return false;
    switch (r->op) {
    case IR_NAME: return r->name && static_copy(s, r->name, typ);
    case IR_METHEXPR: return true;
    case IR_NIL:
    case IR_LITERAL: return true;
    case IR_ADDR:
        if (static_loc(r->x)) return true;
        return false;
    case IR_PTRLIT:
        if (r->x->op == IR_ARRAYLIT || r->x->op == IR_SLICELIT || r->x->op == IR_MAPLIT || r->x->op == IR_STRUCTLIT) {
            assign(s, l, r->x);
            return true;
        }
        return false;
    case IR_STR2BYTES: return l->class == PEXTERN && r->x->op == IR_LITERAL;
    case IR_SLICELIT:
    case IR_ARRAYLIT:
    case IR_STRUCTLIT: elems(s, l, r); return true;
    case IR_CLOSURE: return r->func->closure_vars.n == 0;
    case IR_CONVIFACE: {
        IrNode *val = r;
        while (val->op == IR_CONVIFACE) val = val->x;
        if (irb_is_iface(val->type)) return val->op == IR_NIL;
        if (is_direct_iface(val->type) && val->op == IR_NIL) return true;
        assign(s, l, val);
        return true;
    }
    default: return false;
    }
}

static bool all_blank(IrNodes *l) {
    for (int i = 0; i < l->n; i++)
        if (!ir_is_blank(l->a[i])) return false;
    return true;
}

static bool try_static_init(Sched *s, IrNode *n) {
    IrNode *rhs;
    IrNodes lhs = {0};
    switch (n->op) {
    case IR_AS: rhs = n->y, irb_push(s->b, &lhs, n->x); break;
    case IR_AS2DOTTYPE: case IR_AS2FUNC: case IR_AS2MAPR: case IR_AS2RECV:
        rhs = n->rlist.a[0], lhs = n->list;
        break;
    default: return false;
    }
    if (!s->seen_mutation) s->seen_mutation = ir_any(rhs, modifies, s->b->pkg);
    if (all_blank(&lhs) && !ir_any(rhs, is_side_effect, NULL)) return true;
    if (lhs.n > 1) return false;
    IrNode *l = lhs.a[0];
    if (l->op != IR_NAME || !l->name) return false;
    return static_assign(s, l->name, rhs, l->name->type);
}

/* ---- outlined map initialisers (OutlineMapInits) ------------------------------------------ */

/* count_node counts the nodes of an expression as gc's ir.Any visits them
 * (a literal's length is no node there). */
static bool count_node(IrNode *n, void *ctx) {
    int *count = ctx;
    *count += 1 - (n->len && (n->op == IR_ARRAYLIT || n->op == IR_SLICELIT));
    return false;
}

/* outline_map_init: "m = <map literal...>" with a big enough right-hand
 * side without side effects moves into a function of its own
 * ("map.init.N", after init in the package's functions) that init calls. */
static IrNode *outline_map_init(IrBuilder *b, IrNode *as, int *gen) {
    if (as->op != IR_AS || !as->x || as->x->op != IR_NAME || ir_is_blank(as->x) || !as->y) return NULL;
    if (irb_under(as->x->type)->kind != T_MAP) return NULL;
    int size = 0;
    ir_any(as->y, count_node, &size);
    if (size < 20 || ir_any(as->y, is_side_effect, NULL)) return NULL;
    char buf[32];
    snprintf(buf, sizeof buf, "map.init.%d", (*gen)++);
    Type *sig = ty_new(T_SIGNATURE);
    sig->u.sig.params = ty_tuple(NULL, 0);
    sig->u.sig.results = ty_tuple(NULL, 0);
    IrFunc *fn = irb_new_func(b, intern_cstr(buf), as->pos, sig, NULL);
    fn->flags |= IRFN_HASBODY;
    irb_push(b, &fn->body, as);
    ir_vec_push(b->a, &b->ip->funcs, fn);
    IrNode *call = irb_node(b, IR_CALLFUNC, as->pos, NULL);
    call->x = irb_name_node(b, fn->nname);
    return call;
}

void irb_outline_map_inits(IrBuilder *b, IrFunc *init) {
    int gen = 0;
    for (int i = 0; i < init->body.n; i++) {
        IrNode *call = outline_map_init(b, init->body.a[i], &gen);
        if (call) init->body.a[i] = call;
    }
}

void irb_static_init(IrBuilder *b, IrFunc *fn) {
    Sched s = {b, {0}, false, is_fips(b->pkg)};
    for (int i = 0; i < fn->body.n; i++)
        if (!try_static_init(&s, fn->body.a[i])) irb_push(b, &s.out, fn->body.a[i]);
    fn->body = s.out;
}
