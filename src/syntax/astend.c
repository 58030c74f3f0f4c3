/* astend.c: go/ast's End() for every node: the position just after it.
 * Single-token ends add the token's length to its column (tokens other
 * than literals never span lines; literals keep their own end). */
#include <string.h>

#include "syntax/syntax.h"

static Pos plus(Pos p, uint32_t n) {
    if (p.file) p.col += n;
    return p;
}

static Pos list_end(AstList l) { return l.n ? ast_end(l.a[l.n - 1]) : (Pos){0}; }

static Pos expr_end(const AstNode *n) {
    switch (n->kind) {
    case N_Bad: return n->u.bad.to;
    case N_Ident: return plus(n->pos, n->u.ident.name->len);
    case N_BasicLit: return n->u.lit.end;
    case N_Ellipsis: return n->u.ellipsis.elt ? ast_end(n->u.ellipsis.elt) : plus(n->pos, 3);
    case N_FuncLit: return ast_end(n->u.funclit.body);
    case N_CompositeLit: return plus(n->u.complit.rbrace, 1);
    case N_ParenExpr: return plus(n->u.paren.rparen, 1);
    case N_SelectorExpr: return ast_end(n->u.sel.sel);
    case N_IndexExpr: case N_IndexListExpr: return plus(n->u.index.rbrack, 1);
    case N_SliceExpr: return plus(n->u.slice.rbrack, 1);
    case N_TypeAssertExpr: return plus(n->u.assert.rparen, 1);
    case N_CallExpr: return plus(n->u.call.rparen, 1);
    case N_StarExpr: return ast_end(n->u.star.x);
    case N_UnaryExpr: return ast_end(n->u.unary.x);
    case N_BinaryExpr: return ast_end(n->u.binary.y);
    case N_KeyValueExpr: return ast_end(n->u.kv.value);
    case N_ArrayType: return ast_end(n->u.array.elt);
    case N_StructType: return ast_end(n->u.strct.fields);
    case N_FuncType:
        if (n->u.functype.results) return ast_end(n->u.functype.results);
        return n->u.functype.params ? ast_end(n->u.functype.params) : (Pos){0};
    case N_InterfaceType: return ast_end(n->u.iface.methods);
    case N_MapType: return ast_end(n->u.map.value);
    case N_ChanType: return ast_end(n->u.chan.value);
    case N_Field:
        if (n->u.field.tag) return ast_end(n->u.field.tag);
        if (n->u.field.type) return ast_end(n->u.field.type);
        return list_end(n->u.field.names);
    case N_FieldList:
        if (n->u.fields.closing.file) return plus(n->u.fields.closing, 1);
        return list_end(n->u.fields.list);
    default: return (Pos){0};
    }
}

static Pos stmt_end(const AstNode *n) {
    switch (n->kind) {
    case N_BadStmt: case N_BadDecl: return n->u.bad.to;
    case N_DeclStmt: return ast_end(n->u.declstmt.decl);
    case N_EmptyStmt: return n->u.empty.implicit ? n->pos : plus(n->pos, 1);
    case N_LabeledStmt: return ast_end(n->u.labeled.stmt);
    case N_ExprStmt: return ast_end(n->u.exprstmt.x);
    case N_SendStmt: return ast_end(n->u.send.value);
    case N_IncDecStmt: return plus(n->pos, 2);
    case N_AssignStmt: return list_end(n->u.assign.rhs);
    case N_GoStmt: case N_DeferStmt: return ast_end(n->u.gostmt.call);
    case N_ReturnStmt: return n->u.ret.results.n ? list_end(n->u.ret.results) : plus(n->pos, 6);
    case N_BranchStmt:
        if (n->u.branch.label) return ast_end(n->u.branch.label);
        return plus(n->pos, (uint32_t)strlen(tok_string(n->u.branch.tok)));
    case N_BlockStmt:
        if (n->u.block.rbrace.file) return plus(n->u.block.rbrace, 1);
        if (n->u.block.list.n) return list_end(n->u.block.list);
        return plus(n->u.block.lbrace, 1);
    case N_IfStmt: return ast_end(n->u.ifstmt.els ? n->u.ifstmt.els : n->u.ifstmt.body);
    case N_CaseClause:
        return n->u.caseclause.body.n ? list_end(n->u.caseclause.body) : plus(n->u.caseclause.colon, 1);
    case N_CommClause:
        return n->u.commclause.body.n ? list_end(n->u.commclause.body) : plus(n->u.commclause.colon, 1);
    case N_SwitchStmt: case N_TypeSwitchStmt: return ast_end(n->u.switchstmt.body);
    case N_SelectStmt: return ast_end(n->u.selectstmt.body);
    case N_ForStmt: return ast_end(n->u.forstmt.body);
    case N_RangeStmt: return ast_end(n->u.rangestmt.body);
    case N_ImportSpec: return n->u.import.endpos.file ? n->u.import.endpos : ast_end(n->u.import.path);
    case N_ValueSpec:
        if (n->u.value.values.n) return list_end(n->u.value.values);
        if (n->u.value.type) return ast_end(n->u.value.type);
        return list_end(n->u.value.names);
    case N_TypeSpec: return ast_end(n->u.typespec.type);
    case N_GenDecl:
        if (n->u.gendecl.rparen.file) return plus(n->u.gendecl.rparen, 1);
        return n->u.gendecl.specs.n ? ast_end(n->u.gendecl.specs.a[0]) : (Pos){0};
    case N_FuncDecl: return ast_end(n->u.funcdecl.body ? n->u.funcdecl.body : n->u.funcdecl.type);
    default: return expr_end(n);
    }
}

Pos ast_end(const AstNode *n) { return n ? stmt_end(n) : (Pos){0}; }
