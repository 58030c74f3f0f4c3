/* check_stubs.c: weak stand-ins for checker functions not written yet.
 * Each dies naming itself; the real definition in its own file overrides
 * it at link time. Delete this file once every checker file exists. */
#include "types/check.h"

__attribute__((weak)) void check_package(Package *pkg, AstFile **files, int nfiles, int go_minor, ImportFn import, void *import_ctx, TypesInfo *info, DiagList *errors, Arena *arena) {
    die("check_package: not implemented");
}

__attribute__((weak)) void check_errorf(Checker *chk, Pos pos, const char *fmt, ...) {
    die("check_errorf: not implemented");
}

__attribute__((weak)) void check_softf(Checker *chk, Pos pos, const char *fmt, ...) {
    die("check_softf: not implemented");
}

__attribute__((weak)) void check_later(Checker *chk, ActionFn fn, void *arg) {
    die("check_later: not implemented");
}

__attribute__((weak)) void check_process_delayed(Checker *chk, int from) {
    die("check_process_delayed: not implemented");
}

__attribute__((weak)) char *check_sprintf(Checker *chk, const char *fmt, ...) {
    die("check_sprintf: not implemented");
}

__attribute__((weak)) void record_type_and_value(Checker *chk, AstNode *x, OperandMode mode, Type *t, ConstVal val) {
    die("record_type_and_value: not implemented");
}

__attribute__((weak)) void record_def(Checker *chk, AstNode *ident, Object *obj) {
    die("record_def: not implemented");
}

__attribute__((weak)) void record_use(Checker *chk, AstNode *ident, Object *obj) {
    die("record_use: not implemented");
}

__attribute__((weak)) void record_implicit(Checker *chk, AstNode *node, Object *obj) {
    die("record_implicit: not implemented");
}

__attribute__((weak)) void record_selection(Checker *chk, AstNode *x, SelKind kind, Type *recv, Object *obj, int *index, int nindex, bool indirect) {
    die("record_selection: not implemented");
}

__attribute__((weak)) void record_instance(Checker *chk, AstNode *ident, Type **targs, int ntargs, Type *type) {
    die("record_instance: not implemented");
}

__attribute__((weak)) void record_scope(Checker *chk, AstNode *node, Scope *scope) {
    die("record_scope: not implemented");
}

__attribute__((weak)) void record_untyped(Checker *chk) {
    die("record_untyped: not implemented");
}

__attribute__((weak)) void check_declare(Checker *chk, Scope *scope, AstNode *ident, Object *obj, Pos scope_pos) {
    die("check_declare: not implemented");
}

__attribute__((weak)) Object *check_lookup(Checker *chk, Sym *name) {
    die("check_lookup: not implemented");
}

__attribute__((weak)) bool check_allow_version(Checker *chk, int minor) {
    die("check_allow_version: not implemented");
}

__attribute__((weak)) void check_collect_objects(Checker *chk) {
    die("check_collect_objects: not implemented");
}

__attribute__((weak)) void check_package_objects(Checker *chk) {
    die("check_package_objects: not implemented");
}

__attribute__((weak)) void check_obj_decl(Checker *chk, Object *obj, Type *def) {
    die("check_obj_decl: not implemented");
}

__attribute__((weak)) void check_decl_stmt(Checker *chk, AstNode *decl) {
    die("check_decl_stmt: not implemented");
}

__attribute__((weak)) void check_init_order(Checker *chk) {
    die("check_init_order: not implemented");
}

__attribute__((weak)) void check_unused_imports(Checker *chk) {
    die("check_unused_imports: not implemented");
}

__attribute__((weak)) Type *check_typ(Checker *chk, AstNode *e) {
    die("check_typ: not implemented");
}

__attribute__((weak)) Type *check_var_type(Checker *chk, AstNode *e) {
    die("check_var_type: not implemented");
}

__attribute__((weak)) Type *check_defined_type(Checker *chk, AstNode *e, Type *def) {
    die("check_defined_type: not implemented");
}

__attribute__((weak)) Type *check_generic_type(Checker *chk, AstNode *e, bool report) {
    die("check_generic_type: not implemented");
}

__attribute__((weak)) void check_ident(Checker *chk, Operand *x, AstNode *e, Type *def, bool want_type) {
    die("check_ident: not implemented");
}

__attribute__((weak)) Type *check_func_type(Checker *chk, AstNode *recv, AstNode *ftype, Object **recv_out) {
    die("check_func_type: not implemented");
}

__attribute__((weak)) void check_collect_tparams(Checker *chk, AstNode *list, Type ***tparams, int *n) {
    die("check_collect_tparams: not implemented");
}

__attribute__((weak)) int64_t check_array_len(Checker *chk, AstNode *e) {
    die("check_array_len: not implemented");
}

__attribute__((weak)) ExprKind check_raw_expr(Checker *chk, Type *t, Operand *x, AstNode *e, Type *hint, bool allow_generic) {
    die("check_raw_expr: not implemented");
}

__attribute__((weak)) void check_expr(Checker *chk, Type *t, Operand *x, AstNode *e) {
    die("check_expr: not implemented");
}

__attribute__((weak)) void check_multi_expr(Checker *chk, AstNode *e, Operand **out, int *n, bool allow_commaok) {
    die("check_multi_expr: not implemented");
}

__attribute__((weak)) void check_expr_with_hint(Checker *chk, Operand *x, AstNode *e, Type *hint) {
    die("check_expr_with_hint: not implemented");
}

__attribute__((weak)) void check_expr_or_type(Checker *chk, Operand *x, AstNode *e, bool allow_generic) {
    die("check_expr_or_type: not implemented");
}

__attribute__((weak)) void check_generic_expr(Checker *chk, Operand *x, AstNode *e) {
    die("check_generic_expr: not implemented");
}

__attribute__((weak)) void check_use_exprs(Checker *chk, AstList list) {
    die("check_use_exprs: not implemented");
}

__attribute__((weak)) void check_assignment(Checker *chk, Operand *x, Type *t, const char *context) {
    die("check_assignment: not implemented");
}

__attribute__((weak)) void check_convert_untyped(Checker *chk, Operand *x, Type *target) {
    die("check_convert_untyped: not implemented");
}

__attribute__((weak)) void check_update_expr_type(Checker *chk, AstNode *x, Type *t, bool final) {
    die("check_update_expr_type: not implemented");
}

__attribute__((weak)) void check_single_value(Checker *chk, Operand *x) {
    die("check_single_value: not implemented");
}

__attribute__((weak)) bool check_representable(Checker *chk, Operand *x, Type *basic) {
    die("check_representable: not implemented");
}

__attribute__((weak)) void check_overflow(Checker *chk, Operand *x, Pos opPos) {
    die("check_overflow: not implemented");
}

__attribute__((weak)) void check_conversion(Checker *chk, Operand *x, Type *t) {
    die("check_conversion: not implemented");
}

__attribute__((weak)) bool check_convertible_to(Checker *chk, Operand *x, Type *t, char **cause) {
    die("check_convertible_to: not implemented");
}

__attribute__((weak)) bool check_assignable_to(Checker *chk, Operand *x, Type *t, char **cause) {
    die("check_assignable_to: not implemented");
}

__attribute__((weak)) void check_unary(Checker *chk, Operand *x, AstNode *e) {
    die("check_unary: not implemented");
}

__attribute__((weak)) void check_binary(Checker *chk, Operand *x, AstNode *e, AstNode *lhs, AstNode *rhs, Tok op, Pos oppos) {
    die("check_binary: not implemented");
}

__attribute__((weak)) void check_shift(Checker *chk, Operand *x, Operand *y, AstNode *e, Tok op) {
    die("check_shift: not implemented");
}

__attribute__((weak)) void check_comparison(Checker *chk, Operand *x, Operand *y, Tok op, bool switch_case) {
    die("check_comparison: not implemented");
}

__attribute__((weak)) ExprKind check_call_expr(Checker *chk, Operand *x, AstNode *call) {
    die("check_call_expr: not implemented");
}

__attribute__((weak)) void check_selector(Checker *chk, Operand *x, AstNode *e, Type *def, bool want_type) {
    die("check_selector: not implemented");
}

__attribute__((weak)) bool check_builtin(Checker *chk, Operand *x, AstNode *call, BuiltinId id) {
    die("check_builtin: not implemented");
}

__attribute__((weak)) bool check_index_expr(Checker *chk, Operand *x, AstNode *e) {
    die("check_index_expr: not implemented");
}

__attribute__((weak)) void check_slice_expr(Checker *chk, Operand *x, AstNode *e) {
    die("check_slice_expr: not implemented");
}

__attribute__((weak)) void check_func_inst(Checker *chk, Operand *x, AstNode *e, bool infer) {
    die("check_func_inst: not implemented");
}

__attribute__((weak)) void check_composite_lit(Checker *chk, Operand *x, AstNode *e, Type *hint) {
    die("check_composite_lit: not implemented");
}

__attribute__((weak)) void check_func_lit(Checker *chk, Operand *x, AstNode *e) {
    die("check_func_lit: not implemented");
}

__attribute__((weak)) void check_basic_lit(Checker *chk, Operand *x, AstNode *e) {
    die("check_basic_lit: not implemented");
}

__attribute__((weak)) void check_init_vars(Checker *chk, Object **lhs, int nlhs, AstList rhs, AstNode *returnStmt) {
    die("check_init_vars: not implemented");
}

__attribute__((weak)) void check_init_const(Checker *chk, Object *lhs, Operand *x) {
    die("check_init_const: not implemented");
}

__attribute__((weak)) void check_assign_vars(Checker *chk, AstList lhs, AstList rhs) {
    die("check_assign_vars: not implemented");
}

__attribute__((weak)) void check_short_var_decl(Checker *chk, AstNode *pos, AstList lhs, AstList rhs) {
    die("check_short_var_decl: not implemented");
}

__attribute__((weak)) void check_func_body(Checker *chk, DeclInfo *decl, Sym *name, Type *sig, AstNode *body, ConstVal *iota) {
    die("check_func_body: not implemented");
}

__attribute__((weak)) void check_stmt_list(Checker *chk, int ctxt, AstList list) {
    die("check_stmt_list: not implemented");
}

__attribute__((weak)) void check_range_stmt(Checker *chk, int ctxt, AstNode *s) {
    die("check_range_stmt: not implemented");
}

__attribute__((weak)) void check_labels(Checker *chk, AstNode *body) {
    die("check_labels: not implemented");
}

__attribute__((weak)) bool check_is_terminating(Checker *chk, AstNode *s, Sym *label) {
    die("check_is_terminating: not implemented");
}

__attribute__((weak)) void operand_write(StrBuf *b, const Operand *x) {
    die("operand_write: not implemented");
}

__attribute__((weak)) void expr_write(StrBuf *b, const AstNode *e) {
    die("expr_write: not implemented");
}
