/* check.h: the type checker's internal header (src/types/check_*.c).
 *
 * The checker follows go/types (types2): it collects package-level
 * objects, type-checks their declarations on demand with cycle detection,
 * then function bodies, recording what it learns about every identifier
 * and expression in a TypesInfo (go/types' Info). Later stages read the
 * TypesInfo; only this header's users see the Checker.
 *
 * Files and their concerns (go/types' names in parentheses):
 *   check.c        driver: check a package, delayed actions, errors, recording
 *   resolver.c     collecting package-level objects and imports (resolver.go)
 *   decl.c         object declarations, cycles, const/var/type/func/alias (decl.go)
 *   initorder.c    package initialization order and cycles (initorder.go)
 *   typexpr.c      type expressions, signatures, structs, interfaces, unions,
 *                  type parameter lists (typexpr.go, signature.go, struct.go,
 *                  interface.go, union.go)
 *   expr.c         expressions: operands, unary/binary/shift/comparison,
 *                  untyped conversion, constants (expr.go, const.go, operand.go)
 *   conversion.c   conversions T(x) and convertibility (conversions.go)
 *   call.c         calls, arguments, generic function instantiation (call.go)
 *   selector.c     selectors, method values and expressions (call.go)
 *   builtins.c     builtin function calls (builtins.go)
 *   index.c        index, slice and instantiation expressions (index.go)
 *   literals.c     basic, composite and function literals (literals.go)
 *   assign.c       assignability, assignments, := and var initialization
 *                  (assignments.go, operand.go's assignableTo)
 *   stmt.c         statements and function bodies (stmt.go, return.go)
 *   range.c        range clauses (range.go)
 *   labels.c       labels and branches (labels.go) */
#ifndef GOESC_TYPES_CHECK_H
#define GOESC_TYPES_CHECK_H

#include "syntax/syntax.h"
#include "types/types.h"

/* ---- operands ----------------------------------------------------------- */

/* X(MODE, go/types name) */
#define OPERAND_MODES(X)      \
    X(INVALID, "invalid operand") \
    X(NOVALUE, "no value")    \
    X(BUILTIN, "built-in")    \
    X(TYPEXPR, "type")        \
    X(CONSTANT, "constant")   \
    X(VARIABLE, "variable")   \
    X(MAPINDEX, "map index expression") \
    X(VALUE, "value")         \
    X(NILVALUE, "nil")        \
    X(COMMAOK, "comma, ok expression") \
    X(COMMAERR, "comma, error expression") \
    X(CGOFUNC, "cgo function")

typedef enum OperandMode {
#define X(m, name) OM_##m,
    OPERAND_MODES(X)
#undef X
} OperandMode;

/* An Operand is the result of checking an expression. */
typedef struct Operand {
    OperandMode mode;
    AstNode *expr;  /* the expression (for error messages and recording) */
    Type *type;
    ConstVal val;   /* OM_CONSTANT */
    BuiltinId id;   /* OM_BUILTIN */
} Operand;

/* ---- what the checker records (go/types' Info) -------------------------- */

typedef struct TypeAndValue {
    OperandMode mode;
    Type *type;
    ConstVal val; /* OM_CONSTANT */
} TypeAndValue;


typedef struct Instance {
    Type **targs;
    int ntargs;
    Type *type; /* the instantiated type */
} Instance;

typedef struct Initializer {
    Object **lhs; /* variables, in order */
    int nlhs;
    AstNode *rhs; /* initialization expression */
} Initializer;

/* TypesInfo is the result of checking a package. Map keys are AstNode* or
 * Object*; all values live in the package arena. A key in defs with a NULL
 * value is a definition without an object (map_has tells). */
typedef struct TypesInfo {
    Map types;      /* expression -> TypeAndValue* */
    Map defs;       /* Ident -> Object* (or NULL) */
    Map uses;       /* Ident -> Object* */
    Map implicits;  /* ImportSpec / CaseClause / Field -> Object* */
    Map selections; /* SelectorExpr -> Selection* */
    Map instances;  /* Ident -> Instance* */
    Map scopes;     /* node -> Scope* */
    Vec(Initializer) init_order;
    Arena *arena;   /* the recorded values (TypeAndValue, Selection, Instance) when
                       set (freed with the info by its owner); else the package arena */
    bool kept;      /* the info and the syntax trees live as long as the process
                       (cmd/check.c: generic code, for importers' instantiations) */
    bool unread;    /* nobody reads the tables (goesc check without -dump): only
                       scopes and init_order are filled, the checker skips the rest */
} TypesInfo;

/* ---- declarations ------------------------------------------------------- */

/* A DeclInfo describes a package-level const, type, var or func declaration
 * (go/types' declInfo). */
typedef struct DeclInfo {
    Scope *file;         /* file scope of the declaration */
    AstFile *afile;
    Object **lhs;        /* var x, y = f(): all of x, y (NULL otherwise) */
    int nlhs;
    AstNode *vtyp;       /* type expression, or NULL */
    AstNode *init;       /* init expression, or NULL */
    bool inherited;      /* const: vtyp/init come from an earlier spec */
    AstNode *tdecl;      /* TypeSpec */
    AstNode *fdecl;      /* FuncDecl */
    Map deps;            /* Object* -> Object*: package-level dependencies */
    int iota;            /* const: the value of iota */
} DeclInfo;

/* Object colors for cycle detection (go/types' color). */
enum { COLOR_WHITE, COLOR_BLACK, COLOR_GREY_BASE };

/* The environment of the code being checked (go/types' environment). */
typedef struct Env {
    DeclInfo *decl;   /* package-level declaration whose init/body is checked */
    Scope *scope;     /* current scope for lookups */
    Pos pos;          /* lookups in function scopes see objects declared before pos */
    bool has_iota;
    ConstVal iota;
    AstNode *errpos;  /* for "cycle" errors of constant initialization */
    Type *sig;        /* signature of the function body being checked, or NULL */
    bool in_tparams;  /* checking a type parameter list */
    bool has_label;   /* the function body has labels */
    bool has_call_or_recv; /* a constant expression contains a call or receive */
    Pos errat;        /* errors go here instead (inherited constant init expressions) */
    int version;      /* go1.N of the file being checked (0: the package's) */
} Env;

typedef struct Checker Checker;
typedef void (*ActionFn)(Checker *chk, void *arg);
typedef struct Action {
    ActionFn fn;
    void *arg;
    Env env; /* restored before fn runs */
} Action;

/* Untyped expression awaiting its final type (go/types' exprInfo). */
typedef struct ExprInfo {
    bool is_lhs;     /* shift operand on the left of a non-constant shift */
    OperandMode mode;
    Type *type;      /* untyped basic */
    ConstVal val;
} ExprInfo;

/* Importer: returns the checked package for an import path as seen from
 * the importing package (vendor mapping done by the caller), or NULL. */
typedef Package *(*ImportFn)(const char *path, void *ctx);

struct Checker {
    Package *pkg;
    AstFile **files;
    int nfiles;
    TypesInfo *info;
    DiagList *errors;
    Arena *arena;          /* package arena: constant values, recorded values */
    Arena *scratch;        /* the checker's temporaries (operands, DeclInfos, delayed
                              actions, untyped expressions): freed when the package is done */
    ImportFn import;
    void *import_ctx;
    int go_minor;          /* language version go1.N of the package */

    Map objmap;            /* Object* -> DeclInfo* (package-level) */
    Map colors;            /* Object* -> (void*)color */
    Vec(Object *) objpath; /* objects being type-checked, for cycles */
    Map methods;           /* base TypeName Object* -> Vec of method Objects (Vec(Object*)*) */
    Map untyped;           /* AstNode* -> ExprInfo* */
    Vec(Action) delayed;   /* function bodies and other later work */
    Vec(Object *) unused_dot_imports;
    Scope **file_scopes;   /* one per file */

    Env env;
    int nerrors;

    Vec(Object *) objlist; /* package-level objects in source order (go/types' objList) */
    Map objpath_idx;       /* Object* -> (void*)(index+1) in objpath: grey objects */
    Map used_pkgnames;     /* PkgName Object* -> non-NULL once used */
    Vec(Object *) imports; /* PkgName objects of all import specs */
    Map dot_imports;       /* file Scope* -> Map* (Sym* -> PkgName Object*) */
    Vec(Type *) pending;   /* Named types whose underlying waits for another (rhs in underlying chain) */
    Map named_rhs;         /* Named Type* -> its declared rhs Type* */
    bool in_tparam_list;   /* collecting a type parameter list */
    Map sig_scopes;        /* Signature Type* -> its function Scope* */
    int *file_versions;    /* per file: go1.N from //go:build (at least 21), 0: the package's */
    bool rec_async;        /* the recorder thread fills info (recorder.c) */
    Map panic_uses;        /* Ident -> the builtin panic: the uses of panic recorded */
    Map method_values;     /* method Signature -> the same without receiver: the type
                              of its method values, made once per package */
    AstNode *arg_fun;      /* the function of the call whose arguments are assigned
                              (context CHECK_CTX_ARGUMENT) */
};

/* ---- check.c: driver, errors, recording ---------------------------------- */

/* check_package type-checks files as package pkg (its path and name set)
 * into info. Errors go to errors (sorted by the caller). */
void check_package(Package *pkg, AstFile **files, int nfiles, int go_minor, ImportFn import,
                   void *import_ctx, TypesInfo *info, DiagList *errors, Arena *arena);

void check_errorf(Checker *chk, Pos pos, const char *fmt, ...);     /* an error */
void check_softf(Checker *chk, Pos pos, const char *fmt, ...);      /* a soft error (unused ...) */
void check_later(Checker *chk, ActionFn fn, void *arg);             /* delayed action */
void check_process_delayed(Checker *chk, int from);
char *check_sprintf(Checker *chk, const char *fmt, ...);            /* %T type, %O operand, %E expr, %B object */

void record_type_and_value(Checker *chk, AstNode *x, OperandMode mode, Type *t, ConstVal val);
void record_def(Checker *chk, AstNode *ident, Object *obj);
void record_use(Checker *chk, AstNode *ident, Object *obj);
void record_implicit(Checker *chk, AstNode *node, Object *obj);
void record_selection(Checker *chk, AstNode *x, SelKind kind, Type *recv, Object *obj, int *index,
                      int nindex, bool indirect);
void record_instance(Checker *chk, AstNode *ident, Type **targs, int ntargs, Type *type);
void record_scope(Checker *chk, AstNode *node, Scope *scope);
void record_untyped(Checker *chk); /* flush remaining untyped expressions */

/* recorder.c: the operations that fill info's tables (but scopes), applied
 * in order by the recorder thread between check_recorder_begin and
 * check_recorder_end (which waits for them), or at once when the recorder
 * is not available. */
void check_recorder_begin(Checker *chk);
void check_recorder_end(Checker *chk);
void check_send_type(Checker *chk, AstNode *x, TypeAndValue *tv);
void check_send_def(Checker *chk, AstNode *ident, Object *obj);
void check_send_use(Checker *chk, AstNode *ident, Object *obj);
void check_send_implicit(Checker *chk, AstNode *node, Object *obj);
void check_send_selection(Checker *chk, AstNode *x, Selection *s);
void check_send_instance(Checker *chk, AstNode *ident, Instance *in);
/* the recorded types of e and of the expressions in its parentheses
 * become pairs[0], pairs[1], ... (while recorded) */
void check_send_comma_ok(Checker *chk, AstNode *e, Type **pairs);

/* scopes and objects declared by the checker */
void check_declare(Checker *chk, Scope *scope, AstNode *ident, Object *obj, Pos scope_pos);
Object *check_lookup(Checker *chk, Sym *name); /* in env.scope, position-aware */
bool check_allow_version(Checker *chk, int minor); /* language version >= go1.minor */
/* check_verify_version reports "%s requires go1.N or later" unless allowed. */
bool check_verify_version(Checker *chk, Pos pos, int minor, const char *what);
void check_use_pkgname(Checker *chk, Object *pkgname); /* mark an import used (selectors) */
int check_file_version(const AstFile *f);              /* go1.N implied by //go:build, -1: none */
void check_init_versions(Checker *chk);
int check_decl_version(Checker *chk, const AstFile *af); /* version for declarations of file af */
void check_add_decl_dep(Checker *chk, Object *to);     /* env.decl depends on package-level to */
/* check_errorv: an error in several parts ("\n\tPOS: msg" continuation lines) */
void check_error_parts(Checker *chk, Pos pos, const char *msg, int nparts, const Pos *ppos, char **pmsg);
char *check_pos_string(Pos pos);                    /* "file:line:col" as gc prints it */
const char *check_qualifier(const Package *pkg, void *chk); /* for ty_write: NULL in chk's package */

/* ---- resolver.c / decl.c / initorder.c --------------------------------- */

void check_collect_objects(Checker *chk);
void check_arity_match(Checker *chk, AstNode *spec, AstNode *init); /* missing/extra init exprs */
void check_package_objects(Checker *chk);
void check_obj_decl(Checker *chk, Object *obj, Type *def);  /* declare obj's type on demand */
void check_decl_stmt(Checker *chk, AstNode *decl);          /* local const/var/type declarations */
void check_init_order(Checker *chk);
void check_unused_imports(Checker *chk);
void check_obj_decl_pkg(Checker *chk, Object *obj); /* check_obj_decl without def */
bool check_is_complete(Checker *chk, Type *t);       /* go/types' isComplete (reports cycles) */
void check_direct_cycles(Checker *chk);             /* cycles through type names only (cycles.go) */
void check_finish_pending(Checker *chk);            /* Named types left without underlying: invalid */
void check_valid_type(Checker *chk, Type *named);   /* invalid recursive types (validtype.go) */
void check_report_cycle(Checker *chk, Object **cycle, int n, int start); /* go/types' cycleError */

/* ---- typexpr.c ---------------------------------------------------------- */

Type *check_typ(Checker *chk, AstNode *e);                   /* a type expression */
Type *check_var_type(Checker *chk, AstNode *e);              /* not a constraint interface */
Type *check_defined_type(Checker *chk, AstNode *e, Type *def); /* def: the Named being declared */
Type *check_generic_type(Checker *chk, AstNode *e, bool report);
void check_ident(Checker *chk, Operand *x, AstNode *e, Type *def, bool want_type);
Type *check_func_type(Checker *chk, AstNode *recv, AstNode *ftype, Object **recv_out); /* a Signature */
void check_collect_tparams(Checker *chk, AstNode *list, Type ***tparams, int *n);
int64_t check_array_len(Checker *chk, AstNode *e);           /* -1 on error */
Type *check_new_signature(void); /* empty Signature (params, results: a shared empty tuple) */
void check_func_type_into(Checker *chk, Type *sig, AstNode *recv, AstNode *ftype);
/* check_sig_scope: the function scope (parameters, results, receiver) of a
 * Signature made by check_func_type*: go/types' sig.scope. */
Scope *check_sig_scope(Checker *chk, Type *sig);
/* check_qualified_ident: pkg.Name selectors (records uses, marks the import
 * used); false when e's X is not a package name. */
bool check_qualified_ident(Checker *chk, Operand *x, AstNode *e);
/* implmsg.c: wording of implementation failures (go/types' causes) */
char *check_impl_cause(Checker *chk, Type *v, Type *t, bool constraint, ImplCause *c);
char *check_missing_method_cause(Checker *chk, Type *v, Type *t, Missing *miss);

/* ---- expr.c, conversion.c ----------------------------------------------- */

/* expr kinds of go/types' exprInternal result */
typedef enum ExprKind { EK_CONVERSION, EK_EXPRESSION, EK_STATEMENT } ExprKind;

ExprKind check_raw_expr(Checker *chk, Type *t, Operand *x, AstNode *e, Type *hint, bool allow_generic);
void check_expr(Checker *chk, Type *t, Operand *x, AstNode *e);   /* single value; t: target type or NULL */
void check_multi_expr(Checker *chk, AstNode *e, Operand **out, int *n, bool allow_commaok);
void check_expr_with_hint(Checker *chk, Operand *x, AstNode *e, Type *hint);
void check_expr_or_type(Checker *chk, Operand *x, AstNode *e, bool allow_generic);
void check_generic_expr(Checker *chk, Operand *x, AstNode *e);
void check_use_exprs(Checker *chk, AstList list);            /* evaluate for side effects after an error */
void check_assignment(Checker *chk, Operand *x, Type *t, const char *context);
/* The context "argument to F" of call arguments, F being chk->arg_fun:
 * worded only when an error needs it. */
extern const char CHECK_CTX_ARGUMENT[];
void check_convert_untyped(Checker *chk, Operand *x, Type *target);
void check_update_expr_type(Checker *chk, AstNode *x, Type *t, bool final);
void check_single_value(Checker *chk, Operand *x);
bool check_representable(Checker *chk, Operand *x, Type *basic); /* reports */
void check_overflow(Checker *chk, Operand *x, Pos opPos);
void check_conversion(Checker *chk, Operand *x, Type *t);
bool check_convertible_to(Checker *chk, Operand *x, Type *t, char **cause);
bool check_assignable_to(Checker *chk, Operand *x, Type *t, char **cause);
void check_unary(Checker *chk, Operand *x, AstNode *e);
void check_binary(Checker *chk, Operand *x, AstNode *e, AstNode *lhs, AstNode *rhs, Tok op, Pos oppos);
void check_shift(Checker *chk, Operand *x, Operand *y, AstNode *e, Tok op);
void check_comparison(Checker *chk, Operand *x, Operand *y, Tok op, bool switch_case);

/* expr.c, expr_util.c, untyped.c, implements.c, assign.c, index.c helpers
 * (check-expr). Codes of an implicit conversion failure: */
enum { CONV_OK, CONV_TRUNCATED, CONV_OVERFLOW, CONV_INVALID_CONST, CONV_INVALID_UNTYPED };
void check_invalidate(Operand *x);                   /* call.c */
bool check_is_nil(const Operand *x);                 /* untyped nil (either mode) */
bool check_typ_valid(Type *t);                      /* non-NULL and not invalid */
AstNode *check_unparen(AstNode *e);
bool check_is_blank(const AstNode *e);               /* the identifier _ */
AstNode *check_dummy_name(Checker *chk, Pos pos, const char *text);
const char *check_nth(Checker *chk, int n, const char *what); /* "2nd what" */
Pos check_expr_end(const AstNode *e);                /* go/ast's End() */
Pos check_op_pos(AstNode *e);                        /* go/types' opPos */
/* chk->untyped holds the untyped expressions still waiting for their final
 * type (untyped.c deletes the others). */
void check_remember_untyped(Checker *chk, AstNode *e, bool lhs, OperandMode mode, Type *t, ConstVal val);
bool check_use_n(Checker *chk, AstNode **list, int n, bool lhs); /* use/useLHS; NULL entries skipped */
void check_non_generic(Checker *chk, Type *target, Operand *x); /* target: for reverse inference, or NULL */
Type *check_target_sig(Type *t);                     /* go/types' newTarget */
void check_generic_expr_hint(Checker *chk, Operand *x, AstNode *e, Type *hint);
bool check_multi_expr_ok(Checker *chk, AstNode *e, Operand **out, int *n, bool allow_commaok); /* true: comma-ok pair */
void check_expr_list(Checker *chk, AstList list, Operand **out, int *n); /* go/types' exprList */
void check_match_types(Checker *chk, Operand *x, Operand *y);
Type *check_chan_elem(Checker *chk, Pos pos, Operand *x, bool recv); /* reports; NULL on error */
void check_type_assertion(Checker *chk, AstNode *e, Operand *x, Type *t, bool type_switch);
const char *check_composite_kind(Type *t);           /* "slice", "map", ... or "" */
int check_const_basic(BasicKind k);                  /* ConstBasic or -1 */
int check_ptr_size(void);
bool check_representable_const(Checker *chk, ConstVal v, Type *basic, ConstVal *rounded);
Type *check_implicit_type(Checker *chk, Operand *x, Type *target, ConstVal *val, int *code);
void check_invalid_conversion(Checker *chk, int code, Operand *x, Type *target);
void check_update_expr_val(Checker *chk, AstNode *e, ConstVal val);
bool check_implements(Checker *chk, Type *v, Type *t, bool constraint, char **cause);
void check_record_comma_ok_types(Checker *chk, AstNode *e, Operand *pair);
bool check_is_valid_index(Checker *chk, Operand *x, const char *what, bool allow_negative);
Type *check_index(Checker *chk, AstNode *index, int64_t max, int64_t *val); /* NULL if invalid */

/* ---- call.c, selector.c, builtins.c, index.c, literals.c ---------------- */

ExprKind check_call_expr(Checker *chk, Operand *x, AstNode *call);
void check_selector(Checker *chk, Operand *x, AstNode *e, Type *def, bool want_type);
bool check_builtin(Checker *chk, Operand *x, AstNode *call, BuiltinId id);
bool check_index_expr(Checker *chk, Operand *x, AstNode *e); /* true: x is a generic instantiation to finish */
void check_slice_expr(Checker *chk, Operand *x, AstNode *e);
void check_func_inst(Checker *chk, Operand *x, AstNode *e, bool infer);
void check_composite_lit(Checker *chk, Operand *x, AstNode *e, Type *hint);
void check_func_lit(Checker *chk, Operand *x, AstNode *e);
void check_basic_lit(Checker *chk, Operand *x, AstNode *e);
/* call.c: go/types' funcInst with a target signature T for reverse
 * inference (NULL: none); returns partial type arguments (count in
 * *ntargs) when !infer leaves some missing, else NULL. */
Type **check_func_inst_target(Checker *chk, Type *T, const char *desc, Pos pos, Operand *x, AstNode *inst,
                              bool infer, int *ntargs);
char *check_types_summary(Checker *chk, Type **list, int n, bool variadic, bool dots);
/* go/types' arguments for a non-generic signature (builtins.c's append) */
Type *check_call_arguments(Checker *chk, AstNode *call, Type *sig, Operand **args, int nargs);
char *check_lookup_error(Checker *chk, Type *typ, Sym *sel, Object *alt, bool struct_lit);
void check_call_record(Checker *chk, Operand *x);          /* go/types' record(x) */
void check_exclude(Checker *chk, Operand *x, unsigned set); /* set: bits 1u << OM_* */
char *check_missing_cause(Checker *chk, Type *v, Type *t, Missing *m); /* "(missing method m)" ... */

/* ---- assign.c, stmt.c, range.c, labels.c -------------------------------- */

void check_init_vars(Checker *chk, Object **lhs, int nlhs, AstList rhs, AstNode *returnStmt);
void check_init_const(Checker *chk, Object *lhs, Operand *x);
void check_assign_vars(Checker *chk, AstList lhs, AstList rhs);
void check_short_var_decl(Checker *chk, AstNode *pos, AstList lhs, AstList rhs);
void check_func_body(Checker *chk, DeclInfo *decl, Sym *name, Type *sig, AstNode *body, ConstVal *iota);
void check_stmt_list(Checker *chk, int ctxt, AstList list);
void check_range_stmt(Checker *chk, int ctxt, AstNode *s);
void check_labels(Checker *chk, AstNode *body);   /* records label defs/uses (go/types) */
void check_branches(Checker *chk, AstNode *body); /* gc's branch and label errors (branches.c) */
bool check_is_terminating(Checker *chk, AstNode *s, Sym *label);
/* statement contexts (go/types' stmtContext) */
enum {
    SC_BREAK_OK = 1 << 0,          /* break is ok */
    SC_CONTINUE_OK = 1 << 1,       /* continue is ok */
    SC_FALLTHROUGH_OK = 1 << 2,    /* fallthrough is ok */
    SC_FINAL_SWITCH_CASE = 1 << 3, /* in the final case of a switch */
    SC_IN_TYPE_SWITCH = 1 << 4,    /* in a type switch */
};
void check_stmt(Checker *chk, int ctxt, AstNode *s);
void check_open_scope(Checker *chk, AstNode *node, const char *comment); /* recorded for node */
void check_close_scope(Checker *chk);
/* go/types' assignVar and initVar (assign.c): assign x (or, when x is
 * NULL, the value of rhs) to lhs; initialize variable lhs with x. */
void check_assign_var(Checker *chk, AstNode *lhs, AstNode *rhs, Operand *x, const char *context);
void check_init_var(Checker *chk, Object *lhs, Operand *x, const char *context);

/* ---- operand printing for messages (check.c) ------------------------------ */

void operand_write(StrBuf *b, const Operand *x);  /* go/types' operandString */
void expr_write(StrBuf *b, const AstNode *e);     /* go/types' ExprString */

#endif
