/* node.c: constructors for IR nodes and names, shared by the builder.
 *
 * Names follow gc's ir.Name: one IrName per variable, a NAME node per
 * reference positioned at the variable's declaration (gc's ONAME is the
 * Name itself, so every use carries the declaration's position). Locals
 * are appended to their function's Dcl list in creation order, which is
 * what numbers gc's temporaries (".autotmp_N", N = len(Dcl)). */
#include <stdio.h>

#include "ir/irb.h"

IrNode *irb_node(IrBuilder *b, IrOp op, Pos pos, Type *type) { return ir_new_node(b->ip, op, pos, type); }

void irb_note_fn(IrBuilder *b, uint32_t flag) {
    if (b->fs && b->fs->fn) b->fs->fn->flags |= flag;
    else b->fnflags_unsure = true;
}

bool irb_fn_may_have(const IrBuilder *b, const IrFunc *fn, uint32_t flag) {
    if (b->fnflags_unsure) return true;
    for (; fn; fn = fn->outer)
        if (fn->flags & flag) return true;
    return false;
}

void irb_push(IrBuilder *b, IrNodes *list, IrNode *n) {
    if (n) ir_vec_push(b->a, list, n);
}

void irb_append(IrBuilder *b, IrNodes *list, IrNodes *more) {
    for (int i = 0; i < more->n; i++) ir_vec_push(b->a, list, more->a[i]);
}

IrName *irb_new_name(IrBuilder *b, Sym *sym, IrClass class, Pos pos, Type *type, Object *obj) {
    IrName *n = NEW(b->a, IrName);
    n->sym = sym;
    n->class = class;
    n->pos = pos;
    n->type = irb_st(b, type);
    n->obj = obj;
    n->id = b->nextid++;
    return n;
}

IrNode *irb_name_node(IrBuilder *b, IrName *n) {
    IrNode *x = irb_node(b, IR_NAME, n->pos, n->type);
    x->name = n;
    return x;
}

IrName *irb_local(IrBuilder *b, Sym *sym, Pos pos, Type *type, Object *obj) {
    IrFunc *fn = b->fs->fn;
    IrName *n = irb_new_name(b, sym, PAUTO, pos, type, obj);
    n->curfn = fn;
    ir_vec_push(b->a, &fn->dcl, n);
    if (obj) map_putp(&b->names, obj, n);
    return n;
}

IrName *irb_temp(IrBuilder *b, Pos pos, Type *type) {
    char buf[32];
    snprintf(buf, sizeof buf, ".autotmp_%d", b->fs->fn->dcl.n);
    IrName *n = irb_local(b, intern_cstr(buf), pos, type, NULL);
    n->flags |= IRN_AUTOTEMP | IRN_USED;
    return n;
}

IrNode *irb_dcl(IrBuilder *b, Pos pos, IrName *n) {
    IrNode *d = irb_node(b, IR_DCL, pos, NULL);
    d->name = n;
    d->x = irb_name_node(b, n);
    return d;
}

IrNode *irb_as(IrBuilder *b, Pos pos, IrNode *x, IrNode *y) {
    IrNode *as = irb_node(b, IR_AS, pos, NULL);
    as->x = x;
    as->y = y;
    return as;
}

IrNode *irb_literal(IrBuilder *b, Pos pos, Type *type, ConstVal val) {
    IrNode *n = irb_node(b, IR_LITERAL, pos, type);
    n->val = val;
    return n;
}

IrNode *irb_int(IrBuilder *b, Pos pos, Type *type, int64_t v) { return irb_literal(b, pos, type, cv_int64(v)); }

IrNode *irb_type_node(IrBuilder *b, Pos pos, Type *type) { return irb_node(b, IR_TYPE, pos, type); }

Package *irb_src_pkg(IrBuilder *b) { return b->srcpkg ? b->srcpkg : b->pkg; }

IrNode *irb_blank(IrBuilder *b) { return irb_name_node(b, b->ip->blank); }

bool ir_is_blank(const IrNode *n) { return n && n->op == IR_NAME && n->name && n->name->sym->len == 1 && n->name->sym->s[0] == '_'; }

IrName *irb_global(IrBuilder *b, Object *obj) {
    IrName *n = map_getp(&b->names, obj);
    if (n) return n;
    IrClass class = obj->kind == OBJ_FUNC ? PFUNC : PEXTERN;
    n = irb_new_name(b, obj->name, class, obj->pos, obj->type, obj);
    if (class == PEXTERN) n->flags |= IRN_REASSIGNED;
    map_putp(&b->names, obj, n);
    return n;
}

/* ---- for later stages ---------------------------------------------------------------- */

IrNode *ir_new_node(IrPackage *ip, IrOp op, Pos pos, Type *type) {
    IrNode *n = NEW(ip->arena, IrNode);
    n->op = (uint16_t)op;
    n->pos = pos;
    n->type = type;
    return n;
}

IrNode *ir_new_name_node(IrPackage *ip, IrName *n) {
    IrNode *x = ir_new_node(ip, IR_NAME, n->pos, n->type);
    x->name = n;
    return x;
}

IrName *ir_new_temp(IrPackage *ip, IrFunc *fn, Pos pos, Type *type) {
    char buf[32];
    snprintf(buf, sizeof buf, ".autotmp_%d", fn->dcl.n);
    IrName *n = NEW(ip->arena, IrName);
    n->sym = intern_cstr(buf);
    n->class = PAUTO;
    n->pos = pos;
    n->type = type;
    n->curfn = fn;
    n->flags = IRN_AUTOTEMP | IRN_USED;
    n->id = ip->nnames++;
    ir_vec_push(ip->arena, &fn->dcl, n);
    return n;
}

/* canonical: the outermost variable a closure variable stands for. */
static IrName *canonical(IrName *n) {
    while (n->outer && (n->flags & IRN_CLOSUREVAR)) n = n->outer;
    return n;
}

void irb_addrtaken(IrNode *x) {
    for (;;) {
        if (x->op == IR_DOT || x->op == IR_CONVNOP) x = x->x;
        else if (x->op == IR_INDEX && x->x->type && ty_underlying(x->x->type)->kind == T_ARRAY) x = x->x;
        else break;
    }
    if (x->op != IR_NAME || !x->name) return;
    IrName *n = x->name;
    n->flags |= IRN_ADDRTAKEN;
    if ((n->flags & IRN_CLOSUREVAR) && !(n->flags & IRN_BYVAL)) canonical(n)->flags |= IRN_ADDRTAKEN;
}

IrNode *irb_addr(IrBuilder *b, Pos pos, IrNode *x, bool implicit) {
    bool lit = x->op == IR_STRUCTLIT || x->op == IR_ARRAYLIT || x->op == IR_SLICELIT || x->op == IR_MAPLIT;
    IrNode *n = irb_node(b, lit ? IR_PTRLIT : IR_ADDR, pos, ty_pointer(x->type));
    n->x = x;
    if (implicit) n->flags |= IRF_IMPLICIT;
    if (!lit) irb_addrtaken(x);
    return n;
}

IrNode *irb_deref(IrBuilder *b, Pos pos, IrNode *x, bool implicit) {
    IrNode *n = irb_node(b, IR_DEREF, pos, irb_elem(x->type));
    n->x = x;
    if (implicit) n->flags |= IRF_IMPLICIT;
    return n;
}
