/* ast.c: facts about AST kinds (names, allocation sizes) and go/ast's
 * Pos() for any node. */
#include <stddef.h>

#include "syntax/syntax.h"

#define NODE_SIZE(member) \
    ((offsetof(AstNode, u) + sizeof(((AstNode *)0)->u.member) + 7) / 8 * 8)

const uint8_t ast_node_size[N_COUNT] = {
#define K(name, member) NODE_SIZE(member),
    AST_KINDS(K)
#undef K
};

const char *const ast_kind_names[N_COUNT] = {
#define K(name, member) #name,
    AST_KINDS(K)
#undef K
};

Pos ast_start(const AstNode *n) {
    switch (n->kind) {
    case N_Bad: case N_BadStmt: case N_BadDecl: return n->u.bad.from;
    case N_FuncLit: return ast_start(n->u.funclit.type);
    case N_CompositeLit: return n->u.complit.type ? ast_start(n->u.complit.type) : n->u.complit.lbrace;
    case N_SelectorExpr: return ast_start(n->u.sel.x);
    case N_IndexExpr: case N_IndexListExpr: return ast_start(n->u.index.x);
    case N_SliceExpr: return ast_start(n->u.slice.x);
    case N_TypeAssertExpr: return ast_start(n->u.assert.x);
    case N_CallExpr: return ast_start(n->u.call.fun);
    case N_BinaryExpr: return ast_start(n->u.binary.x);
    case N_KeyValueExpr: return ast_start(n->u.kv.key);
    case N_FuncType:
        if (n->u.functype.func.file || !n->u.functype.params) return n->u.functype.func;
        return ast_start(n->u.functype.params);
    case N_Field:
        if (n->u.field.names.n) return n->u.field.names.a[0]->pos;
        return n->u.field.type ? ast_start(n->u.field.type) : (Pos){0};
    case N_FieldList:
        if (n->u.fields.opening.file) return n->u.fields.opening;
        return n->u.fields.list.n ? ast_start(n->u.fields.list.a[0]) : n->u.fields.closing;
    case N_DeclStmt: return ast_start(n->u.declstmt.decl);
    case N_LabeledStmt: return n->u.labeled.label->pos;
    case N_ExprStmt: return ast_start(n->u.exprstmt.x);
    case N_SendStmt: return ast_start(n->u.send.chan);
    case N_IncDecStmt: return ast_start(n->u.incdec.x);
    case N_AssignStmt: return n->u.assign.lhs.n ? ast_start(n->u.assign.lhs.a[0]) : n->pos;
    case N_ImportSpec: return n->u.import.name ? n->u.import.name->pos : n->u.import.path->pos;
    case N_ValueSpec: return n->u.value.names.n ? n->u.value.names.a[0]->pos : n->pos;
    case N_TypeSpec: return n->u.typespec.name->pos;
    case N_FuncDecl: return ast_start(n->u.funcdecl.type);
    default: return n->pos;
    }
}

