/* expr_util.c: small operand helpers shared by the expression files
 * (go/types' operand.go predicates, exclude/singleValue, the untyped map,
 * recording an operand, evaluating expressions only for their side
 * effects). Kept apart from expr.c so that file stays about operators. */
#include "types/check.h"

#include <stdio.h>
#include <string.h>

bool check_is_nil(const Operand *x) {
    if (x->mode == OM_NILVALUE) return true;
    return x->mode == OM_VALUE && x->type && ty_unalias(x->type) == ty_basic[B_UNTYPED_NIL];
}

bool check_typ_valid(Type *t) {
    return t && ty_is_valid(t);
}

AstNode *check_unparen(AstNode *e) {
    while (e && e->kind == N_ParenExpr) e = e->u.paren.x;
    return e;
}

bool check_is_blank(const AstNode *e) {
    return e && e->kind == N_Ident && strcmp(e->u.ident.name->s, "_") == 0;
}

/* A name standing in for an expression in messages (go/types' dummy
 * operands of multi-value expressions). Never recorded. */
AstNode *check_dummy_name(Checker *chk, Pos pos, const char *text) {
    AstNode *n = arena_alloc(chk->arena, ast_node_size[N_Ident]);
    n->kind = N_Ident;
    n->pos = pos;
    n->u.ident.name = intern_cstr(text);
    return n;
}

void check_remember_untyped(Checker *chk, AstNode *e, bool lhs, OperandMode mode, Type *t, ConstVal val) {
    ExprInfo *info = NEW(chk->scratch, ExprInfo);
    info->is_lhs = lhs;
    info->mode = mode;
    info->type = t;
    info->val = val;
    map_putp(&chk->untyped, e, info);
}

void check_single_value(Checker *chk, Operand *x) {
    if (x->mode == OM_VALUE && x->type && x->type->kind == T_TUPLE) {
        check_errorf(chk, ast_start(x->expr), "multiple-value %O in single-value context", x);
        check_invalidate(x);
    }
}

/* go/types' use1: evaluate e for its side effects (errors, recording),
 * ignoring the result; lhs keeps a variable's "used" state. */
static bool use1(Checker *chk, AstNode *e, bool lhs) {
    Operand x = {.mode = OM_VALUE};
    AstNode *n = check_unparen(e);
    if (!n) return true;
    if (n->kind == N_Ident) {
        if (check_is_blank(n)) return true;
        Object *v = NULL;
        bool used = false;
        if (lhs) {
            Object *obj = check_lookup(chk, n->u.ident.name);
            if (obj && obj->kind == OBJ_VAR && obj->pkg == chk->pkg) {
                v = obj;
                used = v->u.var.used;
            }
        }
        check_expr_or_type(chk, &x, n, true);
        if (v) v->u.var.used = used;
    } else {
        check_raw_expr(chk, NULL, &x, e, NULL, true);
    }
    return x.mode != OM_INVALID;
}

bool check_use_n(Checker *chk, AstNode **list, int n, bool lhs) {
    bool ok = true;
    for (int i = 0; i < n; i++)
        if (!use1(chk, list[i], lhs)) ok = false;
    return ok;
}

void check_use_exprs(Checker *chk, AstList list) {
    check_use_n(chk, list.a, list.n, false);
}

/* nth: "1st function result", "2nd ...". */
const char *check_nth(Checker *chk, int n, const char *what) {
    const char *ext = n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th";
    char buf[32];
    snprintf(buf, sizeof buf, "%d%s ", n, ext);
    size_t l1 = strlen(buf), l2 = strlen(what);
    char *s = arena_alloc(chk->arena, l1 + l2 + 1);
    memcpy(s, buf, l1);
    memcpy(s + l1, what, l2 + 1);
    return s;
}

/* The ConstBasic of a basic kind for cv_representable, or -1. */
int check_const_basic(BasicKind k) {
    if (k >= B_BOOL && k <= B_STRING) return CB_BOOL + (k - B_BOOL);
    if (k >= B_UNTYPED_BOOL && k <= B_UNTYPED_STRING) return CB_UNTYPED_BOOL + (k - B_UNTYPED_BOOL);
    return -1;
}

int check_ptr_size(void) {
    return (int)ty_sizeof(ty_basic[B_UINTPTR]);
}

/* go/types' representableConst. */
bool check_representable_const(Checker *chk, ConstVal v, Type *basic, ConstVal *rounded) {
    if (cv_is_unknown(v)) return true;
    Type *u = ty_underlying(basic);
    if (!u || u->kind != T_BASIC) return false;
    int cb = check_const_basic(u->u.basic.kind);
    if (cb < 0) return false;
    return cv_representable(chk->arena, v, (ConstBasic)cb, check_ptr_size(), rounded);
}

/* go/types' compositeKind: "array", "slice", ... or "" for other types. */
const char *check_composite_kind(Type *t) {
    Type *u = ty_underlying(t);
    if (!u) return "";
    switch (u->kind) {
    case T_ARRAY: return "array";
    case T_SLICE: return "slice";
    case T_STRUCT: return "struct";
    case T_POINTER: return "pointer";
    case T_SIGNATURE: return "func";
    case T_INTERFACE: return "interface";
    case T_MAP: return "map";
    case T_CHAN: return "chan";
    case T_TUPLE: return "tuple";
    case T_UNION: return "union";
    default: return "";
    }
}

static Pos pos_add(Pos p, uint32_t n) {
    p.col += n;
    return p;
}

/* go/ast's End() of an expression: just after its last character. */
Pos check_expr_end(const AstNode *e) {
    if (!e) return (Pos){0, 0, 0};
    switch (e->kind) {
    case N_Ident: return pos_add(e->pos, e->u.ident.name->len);
    case N_BasicLit: return e->u.lit.end;
    case N_Ellipsis: return e->u.ellipsis.elt ? check_expr_end(e->u.ellipsis.elt) : pos_add(e->pos, 3);
    case N_FuncLit: return check_expr_end(e->u.funclit.body);
    case N_BlockStmt: return pos_add(e->u.block.rbrace, 1);
    case N_CompositeLit: return pos_add(e->u.complit.rbrace, 1);
    case N_ParenExpr: return pos_add(e->u.paren.rparen, 1);
    case N_SelectorExpr: return check_expr_end(e->u.sel.sel);
    case N_IndexExpr: case N_IndexListExpr: return pos_add(e->u.index.rbrack, 1);
    case N_SliceExpr: return pos_add(e->u.slice.rbrack, 1);
    case N_TypeAssertExpr: return pos_add(e->u.assert.rparen, 1);
    case N_CallExpr: return pos_add(e->u.call.rparen, 1);
    case N_StarExpr: return check_expr_end(e->u.star.x);
    case N_UnaryExpr: return check_expr_end(e->u.unary.x);
    case N_BinaryExpr: return check_expr_end(e->u.binary.y);
    case N_KeyValueExpr: return check_expr_end(e->u.kv.value);
    case N_ArrayType: return check_expr_end(e->u.array.elt);
    case N_StructType: return e->u.strct.fields ? pos_add(e->u.strct.fields->u.fields.closing, 1) : e->pos;
    case N_FuncType:
        if (e->u.functype.results) return check_expr_end(e->u.functype.results);
        return check_expr_end(e->u.functype.params);
    case N_FieldList:
        if (e->u.fields.closing.file) return pos_add(e->u.fields.closing, 1);
        return e->u.fields.list.n ? check_expr_end(e->u.fields.list.a[e->u.fields.list.n - 1]) : e->pos;
    case N_Field:
        if (e->u.field.tag) return check_expr_end(e->u.field.tag);
        if (e->u.field.type) return check_expr_end(e->u.field.type);
        return e->u.field.names.n ? check_expr_end(e->u.field.names.a[e->u.field.names.n - 1]) : e->pos;
    case N_InterfaceType: return e->u.iface.methods ? pos_add(e->u.iface.methods->u.fields.closing, 1) : e->pos;
    case N_MapType: return check_expr_end(e->u.map.value);
    case N_ChanType: return check_expr_end(e->u.chan.value);
    case N_Bad: return e->u.bad.to;
    default: return e->pos;
    }
}
