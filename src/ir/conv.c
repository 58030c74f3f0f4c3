/* conv.c: types as gc's typecheck sees them, and conversions.
 *
 * gc resolves aliases (except any, byte and rune, which keep their names)
 * and gives basic types a symbol; its assignOp/convertOp pick the op of a
 * conversion (OCONVNOP, OCONVIFACE, OSTR2BYTES, ...), and tcConv adjusts
 * a few (float conversions between same-kind types stay OCONV; []B to
 * string for a defined byte type B goes through an explicit []byte
 * OCONVNOP; a constant string converted to []rune becomes a literal).
 * noder's idealType and FixValue give constants a concrete type and a
 * value of the matching kind. */
#include "ir/irb.h"

Type *irb_unalias(Type *t) { return t ? ty_unalias(t) : t; }

/* irb_under never returns NULL: a missing type (invalid code) is the invalid type. */
Type *irb_under(Type *t) { return t ? ir_underlying(t) : ty_basic[B_INVALID]; }

bool irb_is_iface(Type *t) { return t && irb_under(t)->kind == T_INTERFACE; }


bool irb_is_empty_iface(Type *t) {
    if (!irb_is_iface(t)) return false;
    TypeSet *ts = ts_of(irb_under(t));
    return ts && ts->nmethods == 0 && ts->all_types;
}

bool irb_has_sym(Type *t) {
    t = irb_unalias(t);
    if (!t) return false;
    switch (t->kind) {
    case T_BASIC: return !(t->u.basic.info & BI_UNTYPED);
    case T_NAMED:
    case T_TYPEPARAM: return true;
    default: return t == ty_empty_iface; /* any */
    }
}

bool irb_is_ptr(Type *t) { return t && irb_under(t)->kind == T_POINTER; }

Type *irb_elem(Type *t) {
    Type *u = irb_under(t);
    switch (u->kind) {
    case T_POINTER:
    case T_SLICE: return u->u.ptr.elem;
    case T_ARRAY: return u->u.array.elem;
    case T_CHAN: return u->u.chan.elem;
    case T_MAP: return u->u.map.elem;
    default: return NULL;
    }
}

bool irb_is_string(Type *t) { return t && ty_is_basic(t, BI_STRING); }

bool irb_is_untyped(Type *t) { return t && ty_is_untyped(t); }

Type *irb_st(IrBuilder *b, Type *t) { return b->subst && t ? ir_subst(b->subst, t) : t; }

TypeAndValue *irb_tv(IrBuilder *b, AstNode *e) {
    TypeAndValue *tv = map_getp(&b->info->types, e);
    if (!tv || !b->subst || !tv->type) return tv;
    Type *t = ir_subst(b->subst, tv->type);
    if (t == tv->type) return tv;
    TypeAndValue *c = NEW(b->a, TypeAndValue);
    *c = *tv;
    c->type = t;
    return c;
}

bool irb_derived(IrBuilder *b, AstNode *e) {
    if (!b->subst || !e) return false;
    TypeAndValue *tv = map_getp(&b->info->types, irb_unparen(e));
    return tv && tv->type && ir_subst(b->subst, tv->type) != tv->type;
}

Type *irb_type_of(IrBuilder *b, AstNode *e) {
    TypeAndValue *tv = irb_tv(b, e);
    if (!tv) tv = irb_tv(b, irb_unparen(e));
    return tv ? tv->type : NULL;
}

Type *irb_ideal_type(Type *t, ConstVal *val, bool constant) {
    Type *u = irb_unalias(t);
    if (!u || u->kind != T_BASIC || !(u->u.basic.info & BI_UNTYPED)) return t;
    switch (u->u.basic.kind) {
    case B_UNTYPED_INT:
    case B_UNTYPED_FLOAT:
    case B_UNTYPED_COMPLEX:
        if (constant && val && cv_sign(*val) < 0) return ty_basic[B_INT];
        return ty_basic[B_UINT];
    case B_UNTYPED_BOOL: return ty_basic[B_BOOL];
    case B_UNTYPED_STRING: return ty_basic[B_STRING];
    case B_UNTYPED_RUNE: return ty_basic[B_INT32];
    default: return t;
    }
}

ConstVal irb_fix_value(IrBuilder *b, Type *t, ConstVal v) {
    Type *u = irb_under(t);
    if (u->kind != T_BASIC) return v;
    BasicInfo info = u->u.basic.info;
    if (info & BI_INTEGER) {
        ConstVal r = cv_to_int(b->a, v);
        return cv_is_unknown(r) ? v : r;
    }
    if (info & BI_FLOAT) return cv_to_float(b->a, v);
    if (info & BI_COMPLEX) return cv_to_complex(b->a, v);
    return v;
}

/* ---- assignOp / convertOp ---------------------------------------------------- */

static bool is_untyped_nil(Type *t) { return t && t->kind == T_BASIC && t->u.basic.kind == B_UNTYPED_NIL; }

static bool nillable(Type *t) {
    switch (irb_under(t)->kind) {
    case T_POINTER:
    case T_SIGNATURE:
    case T_MAP:
    case T_CHAN:
    case T_INTERFACE:
    case T_SLICE: return true;
    default: return irb_under(t)->kind == T_BASIC && irb_under(t)->u.basic.kind == B_UNSAFE_POINTER;
    }
}

static IrOp assign_op(Type *src, Type *dst) {
    if (ty_identical(src, dst)) return IR_CONVNOP;
    Type *su = irb_under(src), *du = irb_under(dst);
    if (ty_identical(su, du)) {
        if (irb_is_empty_iface(src)) return IR_CONVNOP;
        if ((!irb_has_sym(src) || !irb_has_sym(dst)) && !irb_is_iface(src)) return IR_CONVNOP;
    }
    if (irb_is_iface(dst) && !is_untyped_nil(src)) return IR_CONVIFACE;
    if (irb_is_iface(src)) return IR_OP_COUNT;
    if (su->kind == T_CHAN && su->u.chan.dir == CHAN_BOTH && du->kind == T_CHAN &&
        ty_identical(su->u.chan.elem, du->u.chan.elem) && (!irb_has_sym(src) || !irb_has_sym(dst)))
        return IR_CONVNOP;
    if (is_untyped_nil(src) && nillable(dst)) return IR_CONVNOP;
    return IR_OP_COUNT;
}

static BasicInfo basic_info(Type *t) {
    Type *u = irb_under(t);
    return u->kind == T_BASIC ? u->u.basic.info : 0;
}

static BasicKind basic_kind(Type *t) {
    Type *u = irb_under(t);
    return u->kind == T_BASIC ? u->u.basic.kind : B_INVALID;
}

/* sim_kind: gc's SimType (int, uint, uintptr as the sized kinds). */
static BasicKind sim_kind(BasicKind k) {
    bool w64 = ty_sizeof(ty_basic[B_INT]) == 8;
    switch (k) {
    case B_INT: return w64 ? B_INT64 : B_INT32;
    case B_UINT:
    case B_UINTPTR: return w64 ? B_UINT64 : B_UINT32;
    default: return k;
    }
}

static bool is_num(Type *t) { return basic_info(t) & (BI_INTEGER | BI_FLOAT); }

IrOp irb_convert_op(bool src_const, Type *src, Type *dst) {
    IrOp op = assign_op(src, dst);
    if (op != IR_OP_COUNT) return op;
    if (irb_is_iface(src) || irb_is_iface(dst)) return IR_OP_COUNT;
    Type *su = irb_under(src), *du = irb_under(dst);
    if (ty_identical_ignore_tags(su, du)) return IR_CONVNOP;
    if (su->kind == T_POINTER && du->kind == T_POINTER && !irb_has_sym(src) && !irb_has_sym(dst) &&
        ty_identical_ignore_tags(irb_under(su->u.ptr.elem), irb_under(du->u.ptr.elem)))
        return IR_CONVNOP;
    if ((is_num(src) && is_num(dst)) || ((basic_info(src) & BI_COMPLEX) && (basic_info(dst) & BI_COMPLEX)))
        return sim_kind(basic_kind(src)) == sim_kind(basic_kind(dst)) ? IR_CONVNOP : IR_CONV;
    if (src_const && (basic_info(src) & BI_NUMERIC) && (basic_info(dst) & BI_NUMERIC)) return IR_CONV;
    if ((basic_info(src) & BI_INTEGER) && irb_is_string(dst)) return IR_RUNESTR;
    if (su->kind == T_SLICE && irb_is_string(dst)) {
        BasicKind ek = basic_kind(su->u.ptr.elem);
        if (ek == B_UINT8) return IR_BYTES2STR;
        if (ek == B_INT32) return IR_RUNES2STR;
    }
    if (irb_is_string(src) && du->kind == T_SLICE) {
        BasicKind ek = basic_kind(du->u.ptr.elem);
        if (ek == B_UINT8) return IR_STR2BYTES;
        if (ek == B_INT32) return IR_STR2RUNES;
    }
    bool dst_uptr = basic_kind(dst) == B_UNSAFE_POINTER, src_uptr = basic_kind(src) == B_UNSAFE_POINTER;
    if ((su->kind == T_POINTER || basic_kind(src) == B_UINTPTR) && dst_uptr) return IR_CONVNOP;
    if (src_uptr && (du->kind == T_POINTER || basic_kind(dst) == B_UINTPTR)) return IR_CONVNOP;
    if (su->kind == T_SLICE) {
        if (du->kind == T_ARRAY && ty_identical(su->u.ptr.elem, du->u.array.elem)) return IR_SLICE2ARR;
        if (du->kind == T_POINTER && irb_under(du->u.ptr.elem)->kind == T_ARRAY &&
            ty_identical(su->u.ptr.elem, irb_under(du->u.ptr.elem)->u.array.elem))
            return IR_SLICE2ARRPTR;
    }
    return IR_OP_COUNT;
}

bool irb_assignable(Type *src, Type *dst) { return assign_op(src, dst) != IR_OP_COUNT; }

/* runes_lit: typecheck's stringtoruneslit, []rune("...") of a constant. */
static IrNode *runes_lit(IrBuilder *b, Pos pos, Type *t, IrNode *x) {
    IrNode *lit = irb_node(b, IR_SLICELIT, pos, t);
    size_t n;
    const char *s = cv_string_val(b->a, x->val, &n);
    int64_t i = 0;
    for (size_t k = 0; k < n; i++) {
        int size;
        uint32_t r = utf8_decode(s + k, n - k, &size);
        k += (size_t)size;
        IrNode *kv = irb_node(b, IR_KEY, pos, NULL);
        kv->x = irb_int(b, pos, ty_basic[B_INT], i);
        kv->y = irb_int(b, pos, ty_basic[B_INT32], r);
        irb_push(b, &lit->list, kv);
    }
    lit->len = irb_int(b, pos, ty_basic[B_INT], i);
    return lit;
}

static bool is_plain(Type *elem, Type *named, BasicKind k) {
    return elem == named || irb_unalias(elem) == named || irb_unalias(elem) == ty_basic[k];
}

IrNode *irb_conv(IrBuilder *b, Pos pos, Type *t, IrNode *x, bool implicit) {
    IrOp op = irb_convert_op(x->op == IR_LITERAL, x->type, t);
    if (op == IR_OP_COUNT) op = IR_CONV; /* not reached for checked code */
    if (op == IR_CONVNOP && basic_kind(x->type) == basic_kind(t) && (basic_info(t) & (BI_FLOAT | BI_COMPLEX)))
        op = IR_CONV;
    if (op == IR_STR2RUNES && x->op == IR_LITERAL) return runes_lit(b, pos, t, x);
    if (op == IR_BYTES2STR || op == IR_RUNES2STR) {
        Type *elem = irb_elem(x->type);
        bool bytes = op == IR_BYTES2STR;
        if (!is_plain(elem, bytes ? ty_byte : ty_rune, bytes ? B_UINT8 : B_INT32)) {
            IrNode *c = irb_node(b, IR_CONVNOP, x->pos, ty_slice(bytes ? ty_byte : ty_rune));
            c->x = x;
            x = c;
        }
    }
    IrNode *n = irb_node(b, op, pos, t);
    n->x = x;
    if (implicit) n->flags |= IRF_IMPLICIT;
    return n;
}
