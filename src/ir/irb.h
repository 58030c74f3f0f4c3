/* irb.h: the ir stage's internal header, shared by the builder files.
 *
 * The builder walks the type-checked AST once, in the order in which gc's
 * unified IR writer and reader visit it (noder/writer.go, reader.go), and
 * applies on the way what gc's typecheck does to the nodes the reader
 * makes (conversion ops, implicit dots, method calls as calls of method
 * expressions, variadic packing, multi-value temporaries). Following the
 * same order matters: locals are numbered by their place in the function's
 * Dcl list (".autotmp_N") and closures by their place in the body.
 *
 *   build.c      ir_build: the package, Target.Funcs order, the init function
 *   funcorder.c  closures and instantiations placed as gc's reader appends them
 *   func.c       function bodies, parameters, closures and captured variables
 *   stmt.c       statements
 *   expr.c       expressions
 *   call.c       calls, builtins, method calls, variadic packing
 *   conv.c       conversions (gc's assignOp/convertOp), types as gc sees them
 *   node.c       node and name constructors
 *   fmt.c        ir_fmt, ir_fmt_type (gc's %v)
 *   dump.c       ir_dump_func
 * and gc's passes between building and escape analysis:
 *   staticinit.c what of the package-level initialisers stays in init
 *   rangefunc.c  range-over-func loops as body closures (rangefunc/rewrite.go)
 *   devirt.c     static devirtualization
 *   loopvar.c    go1.22 per-iteration loop variables
 *   deadlocals.c dead local stores
 *   walk.c       ir.Any, Reassigned, StaticValue
 *   localtypes.c the ·N numbers of function-local types
 * and for generic code:
 *   stencil.c    shaped instantiations and dictionary wrappers
 *   dict.c       .dict parameters, dictionary arguments, calls and method
 *                values through the dictionary */
#ifndef GOESC_IR_IRB_H
#define GOESC_IR_IRB_H

#include "ir/ir.h"

/* Per-function building state: a function literal's state points to the
 * enclosing one's. */
typedef struct RangeFunc RangeFunc; /* rangefunc.c: one rewriter per user function */

typedef struct FnState {
    IrFunc *fn;
    struct FnState *parent;
    Map captured;   /* Object* -> the closure variable (IrName*) */
    int funclit_gen; /* closures numbered in this body */
    int rangelit_gen;
    Type *sig;      /* the function's signature (results for return) */
    Pos basepos;    /* gc's base.Pos while reading the body: the function, then the
                       last name declared by := (positions of some synthetic nodes) */
    RangeFunc *rf;  /* range-over-func rewriting state (shared with the body closures it makes) */
    AstNode *body;  /* the function's body */
} FnState;

typedef struct IrBuilder {
    IrPackage *ip;
    bool fnflags_unsure; /* an IRFN_HAS* node was built outside any function */
    Arena *a;
    TypesInfo *info;
    Package *pkg;
    Map names;      /* Object* -> IrName*: variables and functions */
    Map funcs;      /* func Object* -> IrFunc* of this package */
    FnState *fs;    /* the function being built */
    int nextid;
    AstFile **files; /* the package's files */
    int nfiles;
    const IrSubst *subst; /* building a shaped body: type parameters to shapes (NULL: none) */
    Package *srcpkg; /* building a shaped body: the generic's own package (NULL: pkg) */
    Map gdecls;     /* generic func Object* of this package -> its FuncDecl */
    Map insts;      /* Sym* (link name of a shaped instantiation) -> its IrFunc */
    struct IrbDict *dict; /* dictionary of the shaped function being built (closures included) */
    Map dicts;      /* IrFunc* (shaped instantiation) -> its IrbDict */
    Map dict_globals; /* Sym* (".dict.F[int]") -> IrName* of the global dictionary */
    AstNode *callee; /* the function expression of the call being built (instantiations: no wrapper) */
} IrBuilder;

/* ---- node.c ---------------------------------------------------------------- */

IrNode *irb_node(IrBuilder *b, IrOp op, Pos pos, Type *type);
IrNode *irb_name_node(IrBuilder *b, IrName *n);
IrName *irb_new_name(IrBuilder *b, Sym *sym, IrClass class, Pos pos, Type *type, Object *obj);
IrName *irb_local(IrBuilder *b, Sym *sym, Pos pos, Type *type, Object *obj); /* PAUTO, appended to Dcl */
IrName *irb_temp(IrBuilder *b, Pos pos, Type *type);                     /* .autotmp_N */
IrNode *irb_dcl(IrBuilder *b, Pos pos, IrName *n);
IrNode *irb_as(IrBuilder *b, Pos pos, IrNode *x, IrNode *y);
IrNode *irb_literal(IrBuilder *b, Pos pos, Type *type, ConstVal val);
IrNode *irb_int(IrBuilder *b, Pos pos, Type *type, int64_t v);
IrNode *irb_type_node(IrBuilder *b, Pos pos, Type *type);
IrNode *irb_blank(IrBuilder *b);
/* irb_src_pkg: the package of the code being built (a generic's own
 * package in a shaped body), which owns the variables the builder makes. */
Package *irb_src_pkg(IrBuilder *b);
void irb_push(IrBuilder *b, IrNodes *list, IrNode *n);
void irb_append(IrBuilder *b, IrNodes *list, IrNodes *more);
/* irb_global: the IrName of a package-level variable or function object
 * (this package or another), made on first use. */
IrName *irb_global(IrBuilder *b, Object *obj);
/* irb_addrtaken marks the variable under x (gc's OuterValue) address-taken. */
void irb_addrtaken(IrNode *x);
IrNode *irb_addr(IrBuilder *b, Pos pos, IrNode *x, bool implicit);
IrNode *irb_deref(IrBuilder *b, Pos pos, IrNode *x, bool implicit);

/* ---- conv.c ------------------------------------------------------------------ */

Type *irb_unalias(Type *t);
/* irb_st: t as the body being built sees it (shapes substituted). */
Type *irb_st(IrBuilder *b, Type *t);
Type *irb_under(Type *t);
bool irb_is_iface(Type *t);
bool irb_is_empty_iface(Type *t);
bool irb_has_sym(Type *t);     /* gc's t.Sym() != nil */
bool irb_is_ptr(Type *t);
Type *irb_elem(Type *t);       /* pointer/slice/array/chan/map element */
bool irb_is_string(Type *t);
bool irb_is_untyped(Type *t);
Type *irb_ideal_type(Type *t, ConstVal *val, bool constant); /* noder's idealType */
ConstVal irb_fix_value(IrBuilder *b, Type *t, ConstVal v);
/* gc's convertOp (assignOp first); IR_OP_COUNT when not convertible. */
IrOp irb_convert_op(bool src_const, Type *src, Type *dst);
/* irb_conv builds the conversion of x to t as typecheck's tcConv does. */
IrNode *irb_conv(IrBuilder *b, Pos pos, Type *t, IrNode *x, bool implicit);
TypeAndValue *irb_tv(IrBuilder *b, AstNode *e);
/* irb_derived: building a shaped body, e's type depends on the type
 * parameters (gc's derived types, read from the dictionary). */
bool irb_derived(IrBuilder *b, AstNode *e);
Type *irb_type_of(IrBuilder *b, AstNode *e);
bool irb_assignable(Type *src, Type *dst);

/* ---- expr.c ----------------------------------------------------------------- */

IrNode *irb_expr(IrBuilder *b, AstNode *e);
IrNode *irb_opt_expr(IrBuilder *b, AstNode *e);
/* writer's convertExpr/implicitConvExpr: e converted to dst (NULL: none). */
IrNode *irb_conv_expr(IrBuilder *b, Type *dst, AstNode *e, bool implicit);
IrNode *irb_implicit(IrBuilder *b, Type *dst, AstNode *e);
Object *irb_obj_of(IrBuilder *b, AstNode *e); /* writer's lookupObj */
AstNode *irb_unparen(AstNode *e);
IrNode *irb_var_ref(IrBuilder *b, Object *obj, Pos use);
IrNode *irb_selector_dots(IrBuilder *b, IrNode *x, Type *xt, Selection *sel, Pos pos, Type **tout);
IrNode *irb_func_lit(IrBuilder *b, AstNode *e);
IrNode *irb_complit(IrBuilder *b, AstNode *e);

/* ---- call.c ----------------------------------------------------------------- */

IrNode *irb_call(IrBuilder *b, AstNode *e);
IrNode *irb_call1(IrBuilder *b, Pos pos, AstNode *fun, IrNode *arg);
/* writer's multiExpr: the values of exprs converted to dst(i); a single
 * multi-valued expression goes through temporaries (init gets the
 * assignment). */
typedef Type *(*DstTypeFn)(void *ctx, int i);
void irb_multi_expr(IrBuilder *b, Pos pos, DstTypeFn dst, void *ctx, AstList exprs, IrNodes *out);

/* irb_method_type: the method's signature with a receiver of type recv first. */
Type *irb_method_type(Object *m, Type *recv);
void irb_devirtualize(IrBuilder *b);

/* ---- func.c ----------------------------------------------------------------- */

IrFunc *irb_new_func(IrBuilder *b, Sym *name, Pos pos, Type *sig, Object *obj);
void irb_declare_params(IrBuilder *b, IrFunc *fn, Type *sig, bool rv_names); /* rv_names: unnamed results are "#rvN" */
void irb_func_body(IrBuilder *b, IrFunc *fn, Type *sig, AstNode *body);
/* irb_inst_ref: a reference e (an identifier or selector naming a generic
 * function, instantiated) as the PFUNC name of its shaped instantiation
 * when this package builds it, else NULL. */
IrNode *irb_inst_ref(IrBuilder *b, AstNode *e, Object *generic);
/* irb_inst_method: the shaped instantiation built here of method m of an
 * instantiated generic type called on a receiver of type recv, or NULL. */
IrFunc *irb_inst_method(IrBuilder *b, Object *m, Type *recv);
/* irb_inst_method_wrapper: the wrapper built here of method m of an
 * instantiated generic type with real type arguments, or NULL. */
IrFunc *irb_inst_method_wrapper(IrBuilder *b, Object *m, Type *recv);
/* irb_inst_dict: the dictionary argument of a call of the shaped
 * instantiation ref (irb_inst_ref of fun), or NULL. */
IrNode *irb_inst_dict(IrBuilder *b, AstNode *fun, IrNode *ref);
/* irb_inst_method_dict: the dictionary argument of a call of shaped method
 * fn (irb_inst_method) on a receiver of type recv, or NULL. */
IrNode *irb_inst_method_dict(IrBuilder *b, IrFunc *fn, Type *recv, Pos pos);
/* The package's shaped instantiations: irb_stencil_declare makes their
 * IrFuncs (before any body is built: bodies refer to them),
 * irb_stencil_build appends them to IrPackage.funcs and builds them. */
typedef struct IrbStencil IrbStencil;
IrbStencil *irb_stencil_declare(IrBuilder *b, const IrInstFunc *insts, int n);
void irb_stencil_build(IrBuilder *b, IrbStencil *st);
/* irb_stencil_func: the IrFunc of insts[i] (NULL: not built here). */
IrFunc *irb_stencil_func(IrbStencil *st, int i);
/* irb_order_funcs (funcorder.c) moves closures and instantiations to
 * where gc's reader appends them (reads: ir_inst_reads). */
void irb_order_funcs(IrBuilder *b, IrbStencil *st, const IrInstRead *reads, int nreads);
Sym *irb_method_sym(IrBuilder *b, Object *m);
void irb_enter(IrBuilder *b, FnState *fs, IrFunc *fn, Type *sig);
/* irb_note_fn records that the function being built holds a node the
 * whole-function passes look for (IRFN_HASLOOP, IRFN_HASCALLINTER);
 * irb_fn_may_have says whether fn (or a function it was cut from: nodes
 * move into closures and wrappers made later) may hold one. */
void irb_note_fn(IrBuilder *b, uint32_t flag);
bool irb_fn_may_have(const IrBuilder *b, const IrFunc *fn, uint32_t flag);
void irb_leave(IrBuilder *b);
/* irb_closure_name: gc's closureName for a new closure of the current function. */
Sym *irb_closure_name(IrBuilder *b, const char *suffix, int gen);
IrFunc *irb_closure_func(IrBuilder *b, Pos pos, Type *sig, const char *why);
/* irb_capture_temp: the variable of closure w capturing temporary tmp of
 * the enclosing function. */
IrName *irb_capture_temp(IrBuilder *b, IrFunc *w, IrName *tmp, Pos pos);

/* ---- dict.c: dictionaries of shaped instantiations ------------------------------ */

typedef struct IrbDict IrbDict;
/* irb_dict_declare gives a shaped instantiation its .dict parameter (in
 * fn->type); irb_dict_begin/end bracket the building of its body. */
void irb_dict_declare(IrBuilder *b, IrFunc *fn, Object *generic);
void irb_dict_begin(IrBuilder *b, IrFunc *fn);
void irb_dict_end(IrBuilder *b);
/* irb_dict_method: the callee of x.M(...) (selector sx) on a receiver recv of
 * type-parameter type in a shaped body, through the dictionary; else NULL. */
IrNode *irb_dict_method(IrBuilder *b, AstNode *sx, Selection *sel, IrNode *recv);
/* irb_dict_arg: the dictionary argument of a call of shaped instantiation
 * fn whose dictionary belongs to owner (the generic function, or the
 * generic type of a method) with targs as the calling body sees them (raw:
 * as its source writes them, or NULL); NULL when fn takes none. */
IrNode *irb_dict_arg(IrBuilder *b, IrFunc *fn, Object *owner, Type **targs, Type **raw, int n, Pos pos);
/* irb_dict_method_value: x.M (e) as a value of type sig in a shaped body
 * when M needs the dictionary (a method of a type parameter, or a shaped
 * method with a sub-dictionary): gc's synthetic closure; else NULL. */
IrNode *irb_dict_method_value(IrBuilder *b, AstNode *e, Selection *sel, IrNode *recv, Type *sig);
/* irb_dict_func_value: shaped instantiation fn as a value of type sig with
 * a dictionary computed in the body (dict): gc's synthetic closure. */
IrNode *irb_dict_func_value(IrBuilder *b, IrFunc *fn, IrNode *dict, Type *sig, Pos pos);
/* irb_tail_call completes the body of synthetic function w of signature
 * sig: declares its parameters and makes call (its callee set) pass them,
 * dict inserted before the dict_at'th (none: NULL), returning its results. */
void irb_tail_call(IrBuilder *b, IrFunc *w, IrNode *call, Type *sig, int dict_at, IrNode *dict);
Pos irb_pos(AstNode *e);

/* ---- staticinit.c ----------------------------------------------------------- */

/* irb_static_init leaves in the init function what gc's staticinit cannot
 * lay out as static data. */
void irb_static_init(IrBuilder *b, IrFunc *fn);
/* irb_outline_map_inits moves big map initialisers of init into functions
 * "map.init.N" of their own (gc's OutlineMapInits), before irb_static_init. */
void irb_outline_map_inits(IrBuilder *b, IrFunc *init);

/* ---- loopvar.c, deadlocals.c: gc's passes before escape analysis ------------- */

void irb_loopvar(IrBuilder *b, IrFunc *fn);
void irb_deadlocals(IrBuilder *b, IrFunc *fn);

/* ---- walk.c ----------------------------------------------------------------- */

void irb_mark_reassigned(IrPackage *ip);

/* ---- rangefunc.c ---------------------------------------------------------------- */

bool irb_is_range_func(IrBuilder *b, AstNode *s);
void irb_rangefunc_free(RangeFunc *rf);
bool irb_rangefunc_results(IrBuilder *b, AstNode *body);
bool irb_rangefunc_stmt(IrBuilder *b, AstNode *s, IrNodes *out);
IrNode *irb_rangefunc_defers(IrBuilder *b);
void irb_rangefunc_target(IrBuilder *b, AstNode *s, Sym *label, bool loop, bool push);
void irb_range_func(IrBuilder *b, AstNode *s, IrNodes *out, Sym *label);

/* ---- stmt.c ----------------------------------------------------------------- */

void irb_stmts(IrBuilder *b, AstList list, IrNodes *out);
void irb_block(IrBuilder *b, AstNode *block, IrNodes *out);
IrNode *irb_assign_lhs(IrBuilder *b, AstNode *e, bool *def, Pos defpos);

#endif
