/* expr.c: expressions, as gc's unified IR writer emits them (writer.expr)
 * and its reader and typecheck turn them into nodes.
 *
 * Constants become literals of their ideal type; nil becomes a NIL of the
 * type it is used as (types2 records that type; our checker keeps untyped
 * nil, so the conversion helpers hand the destination type down); names
 * of package-level objects are shared IrNames, locals are resolved through
 * the enclosing functions (closure variables are made on first use).
 * Positions are gc's (syntax package): a selector and a type assertion at
 * their '.', a composite literal at its '{'. */
#include "ir/irb.h"

AstNode *irb_unparen(AstNode *e) {
    while (e && e->kind == N_ParenExpr) e = e->u.paren.x;
    return e;
}

/* irb_pos: gc's position of an expression. */
static Pos gcpos(AstNode *e) {
    switch (e->kind) {
    case N_SelectorExpr: return e->u.sel.dot.file ? e->u.sel.dot : e->pos;
    case N_TypeAssertExpr: return e->u.assert.dot.file ? e->u.assert.dot : e->pos;
    case N_CompositeLit: return e->u.complit.lbrace;
    case N_KeyValueExpr: return e->u.kv.colon;
    default: return e->pos;
    }
}

Pos irb_pos(AstNode *e) { return gcpos(e); }

static bool is_pkg_qual(IrBuilder *b, AstNode *sel) {
    AstNode *x = sel->u.sel.x;
    if (x->kind != N_Ident) return false;
    Object *o = map_getp(&b->info->uses, x);
    return o && o->kind == OBJ_PKGNAME;
}

Object *irb_obj_of(IrBuilder *b, AstNode *e) {
    if (e->kind == N_IndexExpr || e->kind == N_IndexListExpr) {
        if (e->kind == N_IndexExpr) {
            TypeAndValue *tv = irb_tv(b, e->u.index.index);
            if (tv && tv->mode != OM_TYPEXPR) return NULL;
        }
        e = e->u.index.x;
    }
    if (e->kind == N_SelectorExpr) {
        if (!is_pkg_qual(b, e)) return NULL;
        e = e->u.sel.sel;
    }
    if (e->kind != N_Ident) return NULL;
    return map_getp(&b->info->uses, e);
}

/* ---- variables ------------------------------------------------------------- */

static IrName *closure_var(IrBuilder *b, FnState *fs, IrName *outer, Object *obj, Pos use) {
    IrName *c = irb_new_name(b, outer->sym, PAUTOHEAP, use, outer->type, obj);
    c->curfn = fs->fn;
    c->flags |= IRN_CLOSUREVAR;
    c->outer = outer;
    IrName *canon = outer;
    while ((canon->flags & IRN_CLOSUREVAR) && canon->outer) canon = canon->outer;
    c->defn = irb_name_node(b, canon);
    ir_vec_push(b->a, &fs->fn->closure_vars, c);
    map_putp(&fs->captured, obj, c);
    return c;
}

static IrName *resolve(IrBuilder *b, FnState *fs, Object *obj, Pos use) {
    IrName *n = map_getp(&b->names, obj);
    if (!n) { /* a variable the builder has not declared (invalid code): make it local */
        FnState *saved = b->fs;
        b->fs = fs;
        n = irb_local(b, obj->name, obj->pos, obj->type, obj);
        b->fs = saved;
        return n;
    }
    if (n->class == PEXTERN || n->class == PFUNC || n->curfn == fs->fn || !fs->parent) return n;
    IrName *c = map_getp(&fs->captured, obj);
    if (c) return c;
    return closure_var(b, fs, resolve(b, fs->parent, obj, use), obj, use);
}

IrNode *irb_var_ref(IrBuilder *b, Object *obj, Pos use) { return irb_name_node(b, resolve(b, b->fs, obj, use)); }

/* ---- conversions --------------------------------------------------------------- */

static bool is_nil_expr(IrBuilder *b, AstNode *e) {
    e = irb_unparen(e);
    if (e->kind != N_Ident) return false;
    Object *o = map_getp(&b->info->uses, e);
    return o && o->kind == OBJ_NIL;
}

IrNode *irb_conv_expr(IrBuilder *b, Type *dst, AstNode *e, bool implicit) {
    if (is_nil_expr(b, e) && dst) {
        /* types2 types nil as its destination: no implicit conversion */
        IrNode *n = irb_node(b, IR_NIL, gcpos(irb_unparen(e)), dst);
        return implicit ? n : irb_conv(b, gcpos(e), dst, n, false);
    }
    Type *src = irb_type_of(b, e);
    bool identical = !dst || !src || ty_identical(src, dst);
    if (implicit && identical) return irb_expr(b, e);
    IrNode *x = irb_expr(b, e);
    return irb_conv(b, gcpos(e), dst, x, implicit);
}

IrNode *irb_implicit(IrBuilder *b, Type *dst, AstNode *e) { return irb_conv_expr(b, dst, e, true); }

IrNode *irb_opt_expr(IrBuilder *b, AstNode *e) { return e ? irb_expr(b, e) : NULL; }

/* ---- selectors --------------------------------------------------------------------- */

/* dot_field: typecheck.DotField, x.f for the index'th field of x's struct. */
static IrNode *dot_field(IrBuilder *b, Pos pos, IrNode *x, int index, bool implicit) {
    bool ptr = irb_is_ptr(x->type);
    Type *st = irb_under(ptr ? irb_elem(x->type) : x->type);
    if (st->kind != T_STRUCT || index < 0 || index >= st->u.strct.nfields) return x;
    Object *f = st->u.strct.fields[index];
    IrNode *n = irb_node(b, ptr ? IR_DOTPTR : IR_DOT, pos, f->type);
    n->x = x;
    n->sel = f;
    if (implicit) n->flags |= IRF_IMPLICIT;
    return n;
}

IrNode *irb_selector_dots(IrBuilder *b, IrNode *x, Type *xt, Selection *sel, Pos pos, Type **tout) {
    (void)xt;
    for (int i = 0; i + 1 < sel->nindex; i++) x = dot_field(b, pos, x, sel->index[i], true);
    if (tout) *tout = x->type;
    return x;
}

static bool is_ptr_to(Type *from, Type *to) {
    Type *f = irb_unalias(from);
    return f && f->kind == T_POINTER && ty_identical(f->u.ptr.elem, to);
}

/* recv_expr: writer.recvExpr + reader exprRecv: the receiver of a method
 * selection with implicit field selections, * and &. */
static IrNode *recv_expr(IrBuilder *b, AstNode *e, Selection *sel) {
    IrNode *x = irb_expr(b, e->u.sel.x);
    Pos pos = gcpos(e);
    Type *typ;
    x = irb_selector_dots(b, x, x->type, sel, pos, &typ);
    Type *sig = sel->obj->type;
    Object *rv = sig && sig->kind == T_SIGNATURE ? sig->u.sig.recv : NULL;
    if (!rv) return x;
    if (is_ptr_to(typ, rv->type)) x = irb_deref(b, pos, x, true);
    else if (is_ptr_to(rv->type, typ)) x = irb_addr(b, pos, x, true);
    return x;
}

IrNode *irb_method_recv(IrBuilder *b, AstNode *e, Selection *sel) { return recv_expr(b, e, sel); }

static IrNode *selector(IrBuilder *b, AstNode *e) {
    Selection *sel = map_getp(&b->info->selections, e);
    Pos pos = gcpos(e);
    TypeAndValue *tv = irb_tv(b, e);
    if (!sel || !sel->obj) return irb_node(b, IR_NIL, pos, tv ? tv->type : NULL);
    if (sel->kind == SEL_FIELD_VAL) {
        IrNode *x = irb_expr(b, e->u.sel.x);
        x = irb_selector_dots(b, x, x->type, sel, pos, NULL);
        return dot_field(b, pos, x, sel->index[sel->nindex - 1], false);
    }
    if (sel->kind == SEL_METHOD_VAL) {
        IrNode *x = recv_expr(b, e, sel);
        IrNode *n = irb_node(b, IR_METHVALUE, pos, tv ? tv->type : NULL);
        n->x = x;
        n->sel = sel->obj;
        return n;
    }
    /* method expression T.M */
    IrNode *n = irb_node(b, IR_METHEXPR, pos, tv ? tv->type : NULL);
    n->x = irb_type_node(b, pos, irb_type_of(b, e->u.sel.x));
    n->sel = sel->obj;
    if (sel->nindex == 1) n->func = map_getp(&b->funcs, sel->obj); /* promoted: gc calls a wrapper */
    return n;
}

/* ---- operators ------------------------------------------------------------------------ */

static IrNode *unary(IrBuilder *b, AstNode *e, Type *t) {
    Pos pos = e->pos;
    AstNode *xe = e->u.unary.x;
    Tok op = e->u.unary.op;
    if (op == TK_AND) return irb_addr(b, pos, irb_expr(b, xe), false);
    IrNode *x = irb_expr(b, xe);
    if (op == TK_ARROW) {
        IrNode *n = irb_node(b, IR_RECV, pos, t);
        n->x = x;
        return n;
    }
    IrNode *n = irb_node(b, IR_UNARY, pos, t);
    n->tokop = op;
    n->x = x;
    return n;
}

/* common_type: the type both operands of a binary operator are converted to. */
static Type *common_type(IrBuilder *b, AstNode *x, AstNode *y) {
    Type *xt = irb_type_of(b, x), *yt = irb_type_of(b, y);
    if (is_nil_expr(b, y)) return xt;
    if (is_nil_expr(b, x)) return yt;
    if (!xt || !yt) return NULL;
    if (irb_is_untyped(xt) || irb_assignable(xt, yt)) return yt;
    if (irb_is_untyped(yt) || irb_assignable(yt, xt)) return xt;
    return NULL;
}

static IrNode *add_string(IrBuilder *b, Pos pos, Type *t, IrNode *l, IrNode *r) {
    IrNode *add = l;
    if (l->op == IR_ADDSTR) {
        add->pos = pos;
    } else {
        add = irb_node(b, IR_ADDSTR, pos, t);
        irb_push(b, &add->list, l);
    }
    if (r->op == IR_ADDSTR) irb_append(b, &add->list, &r->list);
    else irb_push(b, &add->list, r);
    add->type = t;
    return add;
}

static IrNode *binary(IrBuilder *b, AstNode *e, Type *t) {
    Tok op = e->u.binary.op;
    Type *ct = NULL;
    if (op != TK_SHL && op != TK_SHR) ct = common_type(b, e->u.binary.x, e->u.binary.y);
    IrNode *x = irb_implicit(b, ct, e->u.binary.x);
    IrNode *y = irb_implicit(b, ct, e->u.binary.y);
    if (op == TK_LAND || op == TK_LOR) {
        IrNode *n = irb_node(b, op == TK_LAND ? IR_ANDAND : IR_OROR, e->pos, t);
        n->x = x, n->y = y;
        return n;
    }
    if (op == TK_ADD && irb_is_string(t)) return add_string(b, e->pos, t, x, y);
    IrNode *n = irb_node(b, IR_BINARY, e->pos, t);
    n->tokop = op;
    n->x = x, n->y = y;
    return n;
}

/* ---- indexing and slicing ----------------------------------------------------------------- */

static IrNode *index_expr(IrBuilder *b, AstNode *e, Type *t) {
    Pos pos = e->pos;
    IrNode *x = irb_expr(b, e->u.index.x);
    Type *xu = irb_under(x->type);
    if (xu && xu->kind == T_MAP) {
        IrNode *n = irb_node(b, IR_INDEXMAP, pos, t);
        n->x = x;
        n->y = irb_implicit(b, xu->u.map.key, e->u.index.index);
        return n;
    }
    if (xu && xu->kind == T_POINTER && irb_under(xu->u.ptr.elem)->kind == T_ARRAY) x = irb_deref(b, pos, x, true);
    IrNode *n = irb_node(b, IR_INDEX, pos, t);
    n->x = x;
    n->y = irb_expr(b, e->u.index.index);
    return n;
}

static IrNode *slice_expr(IrBuilder *b, AstNode *e, Type *t) {
    Pos pos = e->pos;
    IrNode *x = irb_expr(b, e->u.slice.x);
    IrNode *lo = irb_opt_expr(b, e->u.slice.low), *hi = irb_opt_expr(b, e->u.slice.high);
    IrNode *max = irb_opt_expr(b, e->u.slice.max);
    bool three = e->u.slice.slice3;
    if (irb_under(x->type)->kind == T_ARRAY) x = irb_addr(b, pos, x, true);
    Type *xu = irb_under(x->type);
    IrOp op = three ? IR_SLICE3 : IR_SLICE;
    if (irb_is_string(x->type)) op = IR_SLICESTR;
    else if (xu->kind == T_POINTER) op = three ? IR_SLICE3ARR : IR_SLICEARR;
    IrNode *n = irb_node(b, op, pos, t);
    n->x = x, n->y = lo, n->z = hi, n->cond = max;
    return n;
}

static IrNode *type_assert(IrBuilder *b, AstNode *e, Type *t) {
    IrNode *n = irb_node(b, IR_DOTTYPE, gcpos(e), t);
    n->x = irb_expr(b, e->u.assert.x);
    /* reader's exprAssert: the type (or the itab, asserting from a
     * non-empty interface) read from the dictionary */
    bool itab = irb_is_iface(n->x->type) && !irb_is_empty_iface(n->x->type);
    if (irb_derived(b, e->u.assert.type) || (itab && irb_derived(b, e->u.assert.x))) n->flags |= IRF_DYNTYPE;
    return n;
}

/* ---- the expression switch ------------------------------------------------------------------- */

static IrNode *constant(IrBuilder *b, AstNode *e, TypeAndValue *tv) {
    Type *t = irb_ideal_type(tv->type, &tv->val, true);
    return irb_literal(b, gcpos(e), t, irb_fix_value(b, t, tv->val));
}

static IrNode *object_ref(IrBuilder *b, AstNode *e, Object *obj, TypeAndValue *tv) {
    if (obj->kind == OBJ_NIL) return irb_node(b, IR_NIL, gcpos(e), tv ? tv->type : NULL);
    if (obj->kind == OBJ_FUNC) {
        IrNode *inst = irb_inst_ref(b, e, obj);
        if (inst) return inst;
    }
    if (obj->kind == OBJ_FUNC || (obj->kind == OBJ_VAR && obj->u.var.vkind == VK_PACKAGE))
        return irb_name_node(b, irb_global(b, obj));
    if (obj->kind == OBJ_VAR) return irb_var_ref(b, obj, e->pos);
    return NULL;
}

IrNode *irb_expr(IrBuilder *b, AstNode *e) {
    e = irb_unparen(e);
    TypeAndValue *tv = irb_tv(b, e);
    if (tv && tv->mode == OM_CONSTANT) return constant(b, e, tv);
    Object *obj = irb_obj_of(b, e);
    if (obj) {
        IrNode *n = object_ref(b, e, obj, tv);
        if (n) return n;
    }
    Type *t = tv ? irb_ideal_type(tv->type, NULL, false) : NULL;
    switch (e->kind) {
    case N_CompositeLit: return irb_complit(b, e);
    case N_FuncLit: return irb_func_lit(b, e);
    case N_SelectorExpr: return selector(b, e);
    case N_IndexExpr: return index_expr(b, e, t);
    case N_SliceExpr: return slice_expr(b, e, t);
    case N_TypeAssertExpr: return type_assert(b, e, t);
    case N_StarExpr: return irb_deref(b, e->pos, irb_expr(b, e->u.star.x), false);
    case N_UnaryExpr: return unary(b, e, t);
    case N_BinaryExpr: return binary(b, e, t);
    case N_CallExpr: return irb_call(b, e);
    default: return irb_node(b, IR_NIL, e->pos, t); /* invalid code or generic instantiation */
    }
}

/* ---- composite literals ----------------------------------------------------------------------- */

static IrNode *key_value(IrBuilder *b, AstNode *kv, Type *kt, Type *vt) {
    IrNode *n = irb_node(b, IR_KEY, gcpos(kv->u.kv.key), NULL);
    n->x = irb_implicit(b, kt, kv->u.kv.key);
    n->y = irb_implicit(b, vt, kv->u.kv.value);
    return n;
}

static void array_elems(IrBuilder *b, IrNode *lit, Type *elem, AstList elts) {
    int64_t idx = 0, len = 0;
    for (int i = 0; i < elts.n; i++) {
        AstNode *el = elts.a[i];
        if (el->kind == N_KeyValueExpr) {
            IrNode *kv = key_value(b, el, NULL, elem);
            if (kv->x->op == IR_LITERAL) idx = cv_int64_val(kv->x->val, NULL);
            irb_push(b, &lit->list, kv);
        } else {
            irb_push(b, &lit->list, irb_implicit(b, elem, el));
        }
        if (++idx > len) len = idx;
    }
    lit->len = irb_int(b, lit->pos, ty_basic[B_INT], len);
}

static Object *struct_field(IrBuilder *b, Type *st, AstNode *key) {
    Lookup l = ty_lookup_field_or_method(st, false, irb_src_pkg(b), key->u.ident.name);
    if (!l.obj && st->kind == T_STRUCT) {
        for (int i = 0; i < st->u.strct.nfields; i++)
            if (st->u.strct.fields[i]->name == key->u.ident.name) return st->u.strct.fields[i];
    }
    return l.obj;
}

static void struct_elems(IrBuilder *b, IrNode *lit, Type *st, AstList elts) {
    for (int i = 0; i < elts.n; i++) {
        AstNode *el = elts.a[i];
        IrNode *sk;
        if (el->kind == N_KeyValueExpr && el->u.kv.key->kind == N_Ident) {
            Object *f = struct_field(b, st, el->u.kv.key);
            sk = irb_node(b, IR_STRUCTKEY, gcpos(el->u.kv.key), NULL);
            sk->sel = f;
            sk->x = irb_implicit(b, f ? f->type : NULL, el->u.kv.value);
        } else {
            Object *f = i < st->u.strct.nfields ? st->u.strct.fields[i] : NULL;
            sk = irb_node(b, IR_STRUCTKEY, gcpos(el), NULL);
            sk->sel = f;
            sk->x = irb_implicit(b, f ? f->type : NULL, el);
        }
        irb_push(b, &lit->list, sk);
    }
}

IrNode *irb_complit(IrBuilder *b, AstNode *e) {
    Type *typ0 = irb_type_of(b, e), *typ = typ0;
    Pos pos = gcpos(e);
    bool ptr = irb_is_ptr(typ0);
    if (ptr) typ = irb_elem(typ0);
    Type *u = irb_under(typ);
    IrNode *lit;
    switch (u ? u->kind : T_BASIC) {
    case T_ARRAY:
        lit = irb_node(b, IR_ARRAYLIT, pos, typ);
        array_elems(b, lit, u->u.array.elem, e->u.complit.elts);
        lit->len = NULL;
        break;
    case T_SLICE:
        lit = irb_node(b, IR_SLICELIT, pos, typ);
        array_elems(b, lit, u->u.ptr.elem, e->u.complit.elts);
        break;
    case T_MAP:
        lit = irb_node(b, IR_MAPLIT, pos, typ);
        for (int i = 0; i < e->u.complit.elts.n; i++) {
            AstNode *el = e->u.complit.elts.a[i];
            if (el->kind == N_KeyValueExpr) irb_push(b, &lit->list, key_value(b, el, u->u.map.key, u->u.map.elem));
        }
        break;
    case T_STRUCT:
        lit = irb_node(b, IR_STRUCTLIT, pos, typ);
        struct_elems(b, lit, u, e->u.complit.elts);
        break;
    default: return irb_node(b, IR_NIL, pos, typ0);
    }
    lit->src = e;
    if (ptr) {
        IrNode *p = irb_addr(b, pos, lit, false);
        p->type = typ0;
        return p;
    }
    return lit;
}
