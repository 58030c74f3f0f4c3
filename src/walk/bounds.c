/* bounds.c: gc's walk-time bounds check elision and its -m message.
 *
 * When gc walks an index expression a[i] of an array (or pointer to
 * array) or of a constant string, with an index that is not a constant,
 * it drops the bounds check if the index's type and shape prove it in
 * range (walk/expr.go's bounded): small constants, x & c, x %/÷ c and
 * x >> c of unsigned operands, or a type too narrow to reach the length.
 * At -m it says "index bounds check elided" at the index expression.
 *
 * The pass runs after escape analysis, as gc's backend does: every
 * function in compile order (IrPackage.funcs), each followed by the
 * closures it captures variables in (gc's enqueueFunc takes them from a
 * stack: the last closure first, and a closure's own closures right after
 * it). A func literal that captures nothing is no closure to gc
 * (IsClosure): walk turns it into a plain function, compiled on its own
 * at its place in the list. Within a function, nodes
 * are visited after their operands, operands left to right, statements
 * in order, as walk rewrites them. */
#include "walk/walk.h"

typedef struct Walk {
    DiagList *out;
    Vec(IrFunc *) closures; /* closures met in the function being walked */
    Map hoisted;            /* IrNode* walked ahead of its statement (order.go) */
} Walk;

/* small_int: a constant int fitting in int32 (gc's IsSmallIntConst). */
static bool small_int(const IrNode *n, int64_t *v) {
    if (!n || n->op != IR_LITERAL || n->val.kind != CV_INT) return false;
    bool exact;
    *v = cv_int64_val(n->val, &exact);
    return exact && *v == (int64_t)(int32_t)*v;
}

static bool bounded_and(const IrNode *n, int64_t max, bool sign, int bits) {
    int64_t v = -1, c;
    if (small_int(n->x, &c)) v = c;
    else if (small_int(n->y, &c)) {
        v = c;
        if (n->tokop == TK_AND_NOT) {
            v = ~v;
            if (!sign) v &= (int64_t)((1ULL << bits) - 1);
        }
    }
    return 0 <= v && v < max;
}

/* bounded reports whether n, an index, is always in [0, max). */
static bool bounded(const IrNode *n, int64_t max) {
    if (!n->type || !ty_is_basic(n->type, BI_INTEGER)) return false;
    bool sign = !ty_is_basic(n->type, BI_UNSIGNED);
    int bits = (int)(8 * ty_sizeof(n->type));
    int64_t v;
    if (small_int(n, &v)) return 0 <= v && v < max;
    if (n->op == IR_BINARY) {
        switch (n->tokop) {
        case TK_AND:
        case TK_AND_NOT:
            if (bounded_and(n, max, sign, bits)) return true;
            break;
        case TK_REM:
            if (!sign && small_int(n->y, &v) && 0 <= v && v <= max) return true;
            break;
        case TK_QUO:
            if (!sign && small_int(n->y, &v))
                for (; bits > 0 && v >= 2; v >>= 1) bits--;
            break;
        case TK_SHR:
            if (!sign && small_int(n->y, &v)) {
                if (v > bits) return max > 0;
                bits -= (int)v;
            }
            break;
        default:
            break;
        }
    }
    return !sign && bits <= 62 && (1LL << bits) <= max;
}

/* bounded_type: a value of integer type t is always in [0, max). */
static bool bounded_type(Type *t, int64_t max) {
    if (!t || !ty_is_basic(t, BI_INTEGER) || !ty_is_basic(t, BI_UNSIGNED)) return false;
    int64_t bits = 8 * ty_sizeof(t);
    return bits <= 62 && (1LL << bits) <= max;
}

/* array_len: the length a[i] is checked against, or -1 when walk does not
 * try (slices, maps, non-constant strings). */
static int64_t array_len(const IrNode *x) {
    Type *t = x->type ? ty_underlying(x->type) : NULL;
    if (t && t->kind == T_POINTER) t = ty_underlying(t->u.ptr.elem);
    if (t && t->kind == T_ARRAY) return t->u.array.len;
    if (x->op == IR_LITERAL && x->val.kind == CV_STRING) return (int64_t)cv_string_len(x->val);
    return -1;
}

static void walk_node(Walk *w, IrNode *n);

static void walk_list(Walk *w, IrNodes *l) {
    for (int i = 0; i < l->n; i++) walk_node(w, l->a[i]);
}

/* walk_index reports a[i] when its check goes; temp: the index was
 * replaced by a temporary of its type (gc's safeExpr), so only the type
 * can bound it. */
static void walk_index(Walk *w, IrNode *n, bool temp) {
    int64_t len = array_len(n->x);
    int64_t v;
    if (len < 0 || (n->flags & IRF_BOUNDED)) return;
    bool ok = temp ? bounded_type(n->y->type, len) : bounded(n->y, len) && !small_int(n->y, &v);
    if (ok) diag_add(w->out, n->pos, "index bounds check elided");
}

static bool is_safe_leaf(const IrNode *n) {
    return n->op == IR_NAME || n->op == IR_LITERAL || n->op == IR_NIL;
}

/* walk_safe walks n as gc's safeExpr and walk do for operands that must
 * be evaluated once (append's elements, multi-assignment targets): names
 * and literals stay, selectors and indexing keep their shape, and any
 * other operand is computed into a temporary first. */
static void walk_safe(Walk *w, IrNode *n) {
    if (!n || is_safe_leaf(n)) return;
    walk_list(w, &n->init);
    switch (n->op) {
    case IR_LEN:
    case IR_CAP:
    case IR_DOT:
    case IR_DOTPTR:
    case IR_DEREF:
        walk_safe(w, n->x);
        return;
    case IR_INDEX:
    case IR_INDEXMAP: {
        walk_safe(w, n->x);
        bool temp = !is_safe_leaf(n->y);
        if (temp) walk_node(w, n->y);
        if (n->op == IR_INDEX) walk_index(w, n, temp);
        return;
    }
    default:
        walk_node(w, n);
    }
}

static void walk_safe_list(Walk *w, IrNodes *l, int from) {
    for (int i = from; i < l->n; i++) walk_safe(w, l->a[i]);
}

/* ---- gc's order pass: what is evaluated before the statement --------------------- */

/* Before walk, gc's order pass copies the value of every call that is not
 * the statement itself (and of every && / ||, whose right operand gets
 * the same treatment in a block of its own) into a temporary assigned by
 * a statement of its own, ahead of the statement, nested calls first: in
 * `a[i] = T(f(b[j]))`, walk meets b[j] before a[i]. Calls in closures
 * stay there. */
static void hoist_expr(Walk *w, IrNode *e);

static void hoist_children(Walk *w, IrNode *e) {
    IrNode *kids[] = {e->x, e->y, e->z, e->cond, e->post, e->key, e->value, e->len};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++) hoist_expr(w, kids[i]);
    for (int i = 0; i < e->list.n; i++) hoist_expr(w, e->list.a[i]);
    for (int i = 0; i < e->rlist.n; i++) hoist_expr(w, e->rlist.a[i]);
}

static void hoist_expr(Walk *w, IrNode *e) {
    if (!e || e->op == IR_CLOSURE || map_getp(&w->hoisted, e)) return;
    switch (e->op) {
    case IR_CALLFUNC:
    case IR_CALLINTER:
        hoist_children(w, e);
        walk_node(w, e);
        break;
    case IR_ANDAND: /* the left operand, then the right one in its own block */
    case IR_OROR:
        hoist_expr(w, e->x), walk_node(w, e->x);
        hoist_expr(w, e->y), walk_node(w, e->y);
        break;
    default: hoist_children(w, e); return;
    }
    map_putp(&w->hoisted, e, e);
}

/* hoist walks what the order pass moves ahead of statement n. */
static void hoist(Walk *w, IrNode *n) {
    switch (n->op) {
    case IR_AS:
    case IR_ASOP:
    case IR_SEND: hoist_expr(w, n->x), hoist_expr(w, n->y); return;
    case IR_RETURN:
    case IR_CALLFUNC:
    case IR_CALLINTER: hoist_children(w, n); return;
    default: return;
    }
}

static void walk_stmts(Walk *w, IrNodes *l) {
    for (int i = 0; i < l->n; i++) {
        hoist(w, l->a[i]);
        walk_node(w, l->a[i]);
    }
}

static void walk_node(Walk *w, IrNode *n) {
    if (!n || map_getp(&w->hoisted, n)) return;
    walk_stmts(w, &n->init);
    if (n->op == IR_CLOSURE) {
        if (n->func && ir_is_closure(n->func)) vec_push(&w->closures, n->func);
        return;
    }
    switch (n->op) {
    case IR_APPEND: /* the elements are evaluated once, before the append */
        if (n->list.n) walk_node(w, n->list.a[0]);
        walk_safe_list(w, &n->list, 1);
        return;
    case IR_AS2:
    case IR_AS2FUNC:
    case IR_AS2DOTTYPE:
    case IR_AS2MAPR:
    case IR_AS2RECV:
        walk_list(w, &n->rlist);
        walk_safe_list(w, &n->list, 0);
        return;
    default:
        break;
    }
    IrNode *kids[] = {n->x, n->y, n->z, n->cond, n->post, n->key, n->value, n->len};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++) walk_node(w, kids[i]);
    walk_list(w, &n->list);
    walk_list(w, &n->rlist);
    walk_stmts(w, &n->body);
    walk_stmts(w, &n->els);
    if (n->op == IR_INDEX) walk_index(w, n, false);
}

/* walk_func walks fn and then its closures, last first, as gc's
 * enqueueFunc pops them from its stack. */
static void walk_func(Walk *w, IrFunc *fn) {
    Vec(IrFunc *) todo = {0};
    vec_push(&todo, fn);
    while (todo.n) {
        IrFunc *next = todo.a[--todo.n];
        w->closures.n = 0;
        walk_stmts(w, &next->body);
        map_clear(&w->hoisted);
        for (int i = 0; i < w->closures.n; i++) vec_push(&todo, w->closures.a[i]);
    }
    vec_free(&todo);
}

void walk_package(IrPackage *ip, DiagList *out) {
    Walk w = {.out = out};
    for (int i = 0; i < ip->funcs.n; i++) {
        IrFunc *fn = ip->funcs.a[i];
        if (ir_is_closure(fn) || !fn->body.n) continue; /* these come with their function */
        walk_func(&w, fn);
    }
    vec_free(&w.closures);
}
