/* localtypes.c: the numbers gc gives types declared inside functions.
 *
 * gc's IR writer numbers the defined (non-alias) types declared inside
 * function bodies, package-wide, in declaration order ("T·1", "T·2"); the
 * number shows only where a type is printed in gc's link form, i.e. as a
 * type argument in an instance's name ("S[p.T·1]{}"). The walk is a
 * pre-order over the files, statements and expressions, as gc's
 * declCollector sees them. */
#include "ir/irb.h"

static Map local_gen; /* type name Object* -> (void*)gen: objects live as long as the process */

int ir_local_type_gen(const Object *tn) { return (int)(intptr_t)map_getp(&local_gen, tn); }

typedef struct Gen {
    IrBuilder *b;
    int n;
} Gen;

static void walk(Gen *g, AstNode *n, bool in_func);

static void walk_list(Gen *g, AstList l, bool in_func) {
    for (int i = 0; i < l.n; i++) walk(g, l.a[i], in_func);
}

static void type_spec(Gen *g, AstNode *spec, bool in_func) {
    if (in_func && !spec->u.typespec.assign.file) {
        Object *o = map_getp(&g->b->info->defs, spec->u.typespec.name);
        if (o) map_putp(&local_gen, o, (void *)(intptr_t)++g->n);
    }
    walk(g, spec->u.typespec.type, in_func);
}

static void walk(Gen *g, AstNode *n, bool in_func) {
    if (!n) return;
    switch (n->kind) {
    case N_FuncDecl: walk(g, n->u.funcdecl.body, false); break;
    case N_FuncLit: walk(g, n->u.funclit.body, in_func); break;
    case N_BlockStmt: walk_list(g, n->u.block.list, true); break;
    case N_GenDecl: walk_list(g, n->u.gendecl.specs, in_func); break;
    case N_TypeSpec: type_spec(g, n, in_func); break;
    case N_ValueSpec: walk_list(g, n->u.value.values, in_func); break;
    case N_DeclStmt: walk(g, n->u.declstmt.decl, in_func); break;
    case N_LabeledStmt: walk(g, n->u.labeled.stmt, in_func); break;
    case N_ExprStmt: walk(g, n->u.exprstmt.x, in_func); break;
    case N_SendStmt: walk(g, n->u.send.chan, in_func), walk(g, n->u.send.value, in_func); break;
    case N_IncDecStmt: walk(g, n->u.incdec.x, in_func); break;
    case N_AssignStmt: walk_list(g, n->u.assign.lhs, in_func), walk_list(g, n->u.assign.rhs, in_func); break;
    case N_GoStmt:
    case N_DeferStmt: walk(g, n->u.gostmt.call, in_func); break;
    case N_ReturnStmt: walk_list(g, n->u.ret.results, in_func); break;
    case N_IfStmt:
        walk(g, n->u.ifstmt.init, in_func), walk(g, n->u.ifstmt.cond, in_func);
        walk(g, n->u.ifstmt.body, in_func), walk(g, n->u.ifstmt.els, in_func);
        break;
    case N_CaseClause: walk_list(g, n->u.caseclause.list, in_func), walk_list(g, n->u.caseclause.body, true); break;
    case N_SwitchStmt:
    case N_TypeSwitchStmt:
        walk(g, n->u.switchstmt.init, in_func), walk(g, n->u.switchstmt.tag, in_func);
        walk(g, n->u.switchstmt.assign, in_func), walk(g, n->u.switchstmt.body, in_func);
        break;
    case N_CommClause: walk(g, n->u.commclause.comm, in_func), walk_list(g, n->u.commclause.body, true); break;
    case N_SelectStmt: walk(g, n->u.selectstmt.body, in_func); break;
    case N_ForStmt:
        walk(g, n->u.forstmt.init, in_func), walk(g, n->u.forstmt.cond, in_func);
        walk(g, n->u.forstmt.post, in_func), walk(g, n->u.forstmt.body, in_func);
        break;
    case N_RangeStmt: walk(g, n->u.rangestmt.x, in_func), walk(g, n->u.rangestmt.body, in_func); break;
    case N_CompositeLit: walk_list(g, n->u.complit.elts, in_func); break;
    case N_ParenExpr: walk(g, n->u.paren.x, in_func); break;
    case N_SelectorExpr: walk(g, n->u.sel.x, in_func); break;
    case N_IndexExpr: walk(g, n->u.index.x, in_func), walk(g, n->u.index.index, in_func); break;
    case N_SliceExpr:
        walk(g, n->u.slice.x, in_func), walk(g, n->u.slice.low, in_func);
        walk(g, n->u.slice.high, in_func), walk(g, n->u.slice.max, in_func);
        break;
    case N_TypeAssertExpr: walk(g, n->u.assert.x, in_func); break;
    case N_CallExpr: walk(g, n->u.call.fun, in_func), walk_list(g, n->u.call.args, in_func); break;
    case N_StarExpr: walk(g, n->u.star.x, in_func); break;
    case N_UnaryExpr: walk(g, n->u.unary.x, in_func); break;
    case N_BinaryExpr: walk(g, n->u.binary.x, in_func), walk(g, n->u.binary.y, in_func); break;
    case N_KeyValueExpr: walk(g, n->u.kv.key, in_func), walk(g, n->u.kv.value, in_func); break;
    default: break;
    }
}

void irb_local_types(IrBuilder *b, AstFile **files, int nfiles) {
    Gen g = {b, 0};
    for (int f = 0; f < nfiles; f++)
        if (files[f]) walk_list(&g, files[f]->decls, false);
}
