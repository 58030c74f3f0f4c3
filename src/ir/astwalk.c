/* astwalk.c: the children of a syntax node in source order (go/ast's
 * Inspect order), for the passes of this stage that scan function bodies
 * before IR exists: local type numbering and instantiation collection. */
#include "ir/ir.h"

static void each(AstList l, IrAstFn fn, void *ctx) {
    for (int i = 0; i < l.n; i++)
        if (l.a[i]) fn(ctx, l.a[i]);
}

#define ONE(x) ((x) ? fn(ctx, (x)) : (void)0)

static void expr_children(AstNode *n, IrAstFn fn, void *ctx) {
    switch (n->kind) {
    case N_Ellipsis: ONE(n->u.ellipsis.elt); break;
    case N_FuncLit: ONE(n->u.funclit.type), ONE(n->u.funclit.body); break;
    case N_CompositeLit: ONE(n->u.complit.type), each(n->u.complit.elts, fn, ctx); break;
    case N_ParenExpr: ONE(n->u.paren.x); break;
    case N_SelectorExpr: ONE(n->u.sel.x), ONE(n->u.sel.sel); break;
    case N_IndexExpr: ONE(n->u.index.x), ONE(n->u.index.index); break;
    case N_IndexListExpr: ONE(n->u.index.x), each(n->u.index.indices, fn, ctx); break;
    case N_SliceExpr: ONE(n->u.slice.x), ONE(n->u.slice.low), ONE(n->u.slice.high), ONE(n->u.slice.max); break;
    case N_TypeAssertExpr: ONE(n->u.assert.x), ONE(n->u.assert.type); break;
    case N_CallExpr: ONE(n->u.call.fun), each(n->u.call.args, fn, ctx); break;
    case N_StarExpr: ONE(n->u.star.x); break;
    case N_UnaryExpr: ONE(n->u.unary.x); break;
    case N_BinaryExpr: ONE(n->u.binary.x), ONE(n->u.binary.y); break;
    case N_KeyValueExpr: ONE(n->u.kv.key), ONE(n->u.kv.value); break;
    case N_ArrayType: ONE(n->u.array.len), ONE(n->u.array.elt); break;
    case N_StructType: ONE(n->u.strct.fields); break;
    case N_FuncType: ONE(n->u.functype.tparams), ONE(n->u.functype.params), ONE(n->u.functype.results); break;
    case N_InterfaceType: ONE(n->u.iface.methods); break;
    case N_MapType: ONE(n->u.map.key), ONE(n->u.map.value); break;
    case N_ChanType: ONE(n->u.chan.value); break;
    case N_Field: each(n->u.field.names, fn, ctx), ONE(n->u.field.type), ONE(n->u.field.tag); break;
    case N_FieldList: each(n->u.fields.list, fn, ctx); break;
    default: break;
    }
}

static void stmt_children(AstNode *n, IrAstFn fn, void *ctx) {
    switch (n->kind) {
    case N_DeclStmt: ONE(n->u.declstmt.decl); break;
    case N_LabeledStmt: ONE(n->u.labeled.label), ONE(n->u.labeled.stmt); break;
    case N_ExprStmt: ONE(n->u.exprstmt.x); break;
    case N_SendStmt: ONE(n->u.send.chan), ONE(n->u.send.value); break;
    case N_IncDecStmt: ONE(n->u.incdec.x); break;
    case N_AssignStmt: each(n->u.assign.lhs, fn, ctx), each(n->u.assign.rhs, fn, ctx); break;
    case N_GoStmt:
    case N_DeferStmt: ONE(n->u.gostmt.call); break;
    case N_ReturnStmt: each(n->u.ret.results, fn, ctx); break;
    case N_BranchStmt: ONE(n->u.branch.label); break;
    case N_BlockStmt: each(n->u.block.list, fn, ctx); break;
    case N_IfStmt: ONE(n->u.ifstmt.init), ONE(n->u.ifstmt.cond), ONE(n->u.ifstmt.body), ONE(n->u.ifstmt.els); break;
    case N_CaseClause: each(n->u.caseclause.list, fn, ctx), each(n->u.caseclause.body, fn, ctx); break;
    case N_SwitchStmt:
    case N_TypeSwitchStmt:
        ONE(n->u.switchstmt.init), ONE(n->u.switchstmt.tag), ONE(n->u.switchstmt.assign);
        ONE(n->u.switchstmt.body);
        break;
    case N_CommClause: ONE(n->u.commclause.comm), each(n->u.commclause.body, fn, ctx); break;
    case N_SelectStmt: ONE(n->u.selectstmt.body); break;
    case N_ForStmt: ONE(n->u.forstmt.init), ONE(n->u.forstmt.cond), ONE(n->u.forstmt.post), ONE(n->u.forstmt.body); break;
    case N_RangeStmt:
        ONE(n->u.rangestmt.key), ONE(n->u.rangestmt.value), ONE(n->u.rangestmt.x), ONE(n->u.rangestmt.body);
        break;
    case N_ValueSpec: each(n->u.value.names, fn, ctx), ONE(n->u.value.type), each(n->u.value.values, fn, ctx); break;
    case N_TypeSpec: ONE(n->u.typespec.name), ONE(n->u.typespec.tparams), ONE(n->u.typespec.type); break;
    case N_GenDecl: each(n->u.gendecl.specs, fn, ctx); break;
    case N_FuncDecl:
        ONE(n->u.funcdecl.recv), ONE(n->u.funcdecl.name), ONE(n->u.funcdecl.type), ONE(n->u.funcdecl.body);
        break;
    default: expr_children(n, fn, ctx); break;
    }
}

void ir_ast_children(AstNode *n, IrAstFn fn, void *ctx) {
    if (n) stmt_children(n, fn, ctx);
}
