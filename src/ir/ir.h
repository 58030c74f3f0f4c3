/* ir.h: the public header of the ir stage.
 *
 * The IR is gc's tree IR (cmd/compile/internal/ir) as escape analysis sees
 * it, built from the type-checked AST with every desugaring gc performs
 * before escape analysis made explicit (see ../shared/docs/gc-escape-notes.md
 * §1): implicit conversions are nodes (flag IRF_IMPLICIT), constants are
 * literals, variadic arguments are packed into a slice literal, concrete
 * method calls are calls of method expressions with the receiver as first
 * argument, closures are functions of their own with capture lists and gc's
 * names, go/defer statements with arguments call wrapper closures,
 * range-over-func bodies are closures, generic functions are compiled per
 * shape.
 *
 * Vocabulary and shapes follow gc so that escape analysis can be read next
 * to gc's: ops carry gc's names without the leading O (IR_ADDR is OADDR),
 * variables are IrNames with gc's classes, functions are IrFuncs. A node
 * uses a subset of the generic child fields; IR_OPS documents which.
 *
 * Memory: an IrPackage and everything built for it live in the arena the
 * caller passes (one per package), the arrays of the Vec fields (IrNodes,
 * IrFunc's lists, IrPackage.funcs) included: grow them with ir_vec_push
 * (never vec_push/vec_free, which realloc/free); types and objects belong to the types
 * stage. What importers need (escape tags of functions, IR of generic
 * bodies) is kept by the stage that owns it in long-lived memory. */
#ifndef GOESC_IR_H
#define GOESC_IR_H

#include <string.h>

#include "base/base.h"
#include "syntax/syntax.h"
#include "types/check.h"
#include "types/types.h"

typedef struct IrNode IrNode;
typedef struct IrName IrName;
typedef struct IrFunc IrFunc;
typedef Vec(IrNode *) IrNodes;

/* ir_vec_push appends x to a Vec whose array lives in arena (doubling; the
 * old array stays in the arena). */
#define ir_vec_push(arena, v, x)                                                          \
    do {                                                                                  \
        if ((v)->n == (v)->cap) {                                                         \
            int ncap_ = (v)->cap ? 2 * (v)->cap : 4;                                      \
            void *na_ = arena_alloc((arena), sizeof(*(v)->a) * (size_t)ncap_);             \
            if ((v)->n) memcpy(na_, (v)->a, sizeof(*(v)->a) * (size_t)(v)->n);            \
            (v)->a = na_;                                                                 \
            (v)->cap = ncap_;                                                             \
        }                                                                                 \
        (v)->a[(v)->n++] = (x);                                                           \
    } while (0)

/* X(OP, gc name, children used). Fields: x y z (operands), list rlist
 * (node lists), init (statements run first), body, els (else), cond, post,
 * key, value (range), sel (field/method object), name, func, val. */
#define IR_OPS(X)                                                                       \
    /* leaves */                                                                        \
    X(NAME, "ONAME", "name: a variable or a function (class PFUNC)")                    \
    X(LITERAL, "OLITERAL", "val: a constant of type")                                   \
    X(NIL, "ONIL", "the nil of type")                                                   \
    X(TYPE, "OTYPE", "a type operand (make/new/conversions keep it in type)")           \
    X(METHEXPR, "OMETHEXPR", "T.M: sel the method, type the function type (receiver first), x type node, func the method's IrFunc when built here")\
    X(CLOSURE, "OCLOSURE", "func: the closure's IrFunc")                                \
    /* arithmetic and logic: op is the operator token */                               \
    X(UNARY, "OUNARY", "op x: - + ^ ! (gc: ONEG OPLUS OBITNOT ONOT)")                   \
    X(BINARY, "OBINARY", "x op y, comparisons included (gc: OADD ... OGT)")             \
    X(ANDAND, "OANDAND", "x && y")                                                      \
    X(OROR, "OOROR", "x || y")                                                          \
    X(ADDSTR, "OADDSTR", "list: string operands of one concatenation")                  \
    /* addresses, selectors, indexing */                                                \
    X(ADDR, "OADDR", "&x")                                                              \
    X(DEREF, "ODEREF", "*x")                                                            \
    X(DOT, "ODOT", "x.sel, x a struct value")                                           \
    X(DOTPTR, "ODOTPTR", "x.sel, x a pointer to struct")                                \
    X(DOTINTER, "ODOTINTER", "x.sel, the method of interface x (callee of CALLINTER)")  \
    X(METHVALUE, "OMETHVALUE", "x.sel as a method value")                               \
    X(INDEX, "OINDEX", "x[y]: array, slice, string, pointer to array")                  \
    X(INDEXMAP, "OINDEXMAP", "x[y] of a map")                                           \
    X(SLICE, "OSLICE", "x[y:z] of a slice")                                             \
    X(SLICEARR, "OSLICEARR", "x[y:z], x a pointer to array (gc takes &a)")              \
    X(SLICESTR, "OSLICESTR", "x[y:z] of a string")                                      \
    X(SLICE3, "OSLICE3", "x[y:z:max] of a slice; max in cond")                          \
    X(SLICE3ARR, "OSLICE3ARR", "x[y:z:max] of a pointer to array; max in cond")         \
    /* conversions: x converted to type */                                              \
    X(CONV, "OCONV", "value-changing conversion")                                       \
    X(CONVNOP, "OCONVNOP", "conversion that changes only the type")                     \
    X(CONVIFACE, "OCONVIFACE", "conversion to an interface")                            \
    X(BYTES2STR, "OBYTES2STR", "string(b), b a []byte")                                 \
    X(BYTES2STRTMP, "OBYTES2STRTMP", "string(b) that does not outlive b")               \
    X(RUNES2STR, "ORUNES2STR", "string(r), r a []rune")                                 \
    X(STR2BYTES, "OSTR2BYTES", "[]byte(s)")                                             \
    X(STR2BYTESTMP, "OSTR2BYTESTMP", "[]byte(s) that is not mutated")                   \
    X(STR2RUNES, "OSTR2RUNES", "[]rune(s)")                                             \
    X(RUNESTR, "ORUNESTR", "string(r), r an integer")                                   \
    X(SLICE2ARR, "OSLICE2ARR", "[N]T(s)")                                               \
    X(SLICE2ARRPTR, "OSLICE2ARRPTR", "(*[N]T)(s)")                                      \
    /* composite literals: list of elements */                                          \
    X(STRUCTLIT, "OSTRUCTLIT", "list: STRUCTKEY elements in field order")               \
    X(ARRAYLIT, "OARRAYLIT", "list: elements or KEY(index, value)")                     \
    X(SLICELIT, "OSLICELIT", "list: elements or KEY; len: the backing array length")    \
    X(MAPLIT, "OMAPLIT", "list: KEY(key, value)")                                       \
    X(PTRLIT, "OPTRLIT", "&x, x a composite literal (&T{...})")                         \
    X(STRUCTKEY, "OSTRUCTKEY", "sel: the field; x: the value")                          \
    X(KEY, "OKEY", "x: y (array index or map key and value)")                           \
    /* calls */                                                                         \
    X(CALLFUNC, "OCALLFUNC", "x(list); x a NAME of class PFUNC, a METHEXPR, a closure or a func value")\
    X(CALLINTER, "OCALLINTER", "x(list), x a DOTINTER")                                 \
    /* builtins */                                                                      \
    X(APPEND, "OAPPEND", "append(list...); IRF_ISDDD for append(s, t...)")              \
    X(COPY, "OCOPY", "copy(x, y)")                                                      \
    X(LEN, "OLEN", "len(x)")                                                            \
    X(CAP, "OCAP", "cap(x)")                                                            \
    X(CLEAR, "OCLEAR", "clear(x)")                                                      \
    X(CLOSE, "OCLOSE", "close(x)")                                                      \
    X(DELETE, "ODELETE", "delete(list)")                                                \
    X(MAKESLICE, "OMAKESLICE", "make(type, x len, y cap)")                              \
    X(MAKEMAP, "OMAKEMAP", "make(type, x hint)")                                        \
    X(MAKECHAN, "OMAKECHAN", "make(type, x size)")                                      \
    X(NEW, "ONEW", "new(type)")                                                         \
    X(PANIC, "OPANIC", "panic(x)")                                                      \
    X(PRINT, "OPRINT", "print(list)")                                                   \
    X(PRINTLN, "OPRINTLN", "println(list)")                                             \
    X(RECOVER, "ORECOVER", "recover()")                                                 \
    X(REAL, "OREAL", "real(x)")                                                         \
    X(IMAG, "OIMAG", "imag(x)")                                                         \
    X(COMPLEX, "OCOMPLEX", "complex(x, y)")                                             \
    X(MIN, "OMIN", "min(list)")                                                         \
    X(MAX, "OMAX", "max(list)")                                                         \
    X(UNSAFEADD, "OUNSAFEADD", "unsafe.Add(x, y)")                                      \
    X(UNSAFESLICE, "OUNSAFESLICE", "unsafe.Slice(x, y)")                                \
    X(UNSAFESLICEDATA, "OUNSAFESLICEDATA", "unsafe.SliceData(x)")                       \
    X(UNSAFESTRING, "OUNSAFESTRING", "unsafe.String(x, y)")                             \
    X(UNSAFESTRINGDATA, "OUNSAFESTRINGDATA", "unsafe.StringData(x)")                    \
    /* channels and type assertions */                                                  \
    X(RECV, "ORECV", "<-x")                                                             \
    X(DOTTYPE, "ODOTTYPE", "x.(type)")                                                  \
    X(DOTTYPE2, "ODOTTYPE2", "x.(type) in v, ok := form")                               \
    X(DYNAMICDOTTYPE, "ODYNAMICDOTTYPE", "x.(T) with a type from a dictionary")         \
    X(DYNAMICDOTTYPE2, "ODYNAMICDOTTYPE2", "v, ok := x.(T) with a dictionary type")     \
    /* statements */                                                                    \
    X(BLOCK, "OBLOCK", "list: statements")                                              \
    X(DCL, "ODCL", "x: the NAME declared (var x T, or x := ... before its OAS)")        \
    X(AS, "OAS", "x = y (y NULL: zero value); IRF_DEFN for :=")                        \
    X(AS2, "OAS2", "list = rlist")                                                      \
    X(AS2FUNC, "OAS2FUNC", "list = rlist[0], a call")                                   \
    X(AS2DOTTYPE, "OAS2DOTTYPE", "list = rlist[0], a DOTTYPE2")                         \
    X(AS2MAPR, "OAS2MAPR", "list = rlist[0], an INDEXMAP")                              \
    X(AS2RECV, "OAS2RECV", "list = rlist[0], a RECV")                                   \
    X(ASOP, "OASOP", "x op= y (op); x++ is x += 1 with IRF_INCDEC")                    \
    X(SEND, "OSEND", "x <- y")                                                          \
    X(IF, "OIF", "init; if cond body else els")                                         \
    X(FOR, "OFOR", "init; for cond; post body")                                         \
    X(RANGE, "ORANGE", "for key, value = range x body; IRF_DEFN for :=")               \
    X(SWITCH, "OSWITCH", "init; switch x { list: CASEs }; x a TYPESW for type switches")\
    X(TYPESW, "OTYPESW", "x.(type), y: the bound NAME or NULL")                         \
    X(SELECT, "OSELECT", "list: CASEs")                                                 \
    X(CASE, "OCASE", "case list: body; var: per-case NAME of a type switch; select: x comm")\
    X(RETURN, "ORETURN", "return list")                                                 \
    X(GO, "OGO", "go x (a call)")                                                       \
    X(DEFER, "ODEFER", "defer x (a call)")                                              \
    X(LABEL, "OLABEL", "label: (sym)")                                                  \
    X(GOTO, "OGOTO", "goto sym")                                                        \
    X(BREAK, "OBREAK", "break [sym]")                                                   \
    X(CONTINUE, "OCONTINUE", "continue [sym]")                                          \
    X(FALL, "OFALL", "fallthrough")                                                     \
    X(CHECKNIL, "OCHECKNIL", "nil check of x")                                          \
    X(INLMARK, "OINLMARK", "placeholder")

typedef enum IrOp {
#define X(op, gcname, doc) IR_##op,
    IR_OPS(X)
#undef X
    IR_OP_COUNT
} IrOp;

extern const char *const ir_op_names[IR_OP_COUNT]; /* gc's names, "OADDR" */

/* Node flags. */
enum {
    IRF_IMPLICIT = 1 << 0,  /* inserted by the compiler (gc's Implicit()) */
    IRF_DEFN = 1 << 1,      /* AS, AS2..., RANGE: declares its left-hand side (:=) */
    IRF_ISDDD = 1 << 2,     /* call f(s...) / append(s, t...) */
    IRF_INCDEC = 1 << 3,    /* ASOP from x++ / x-- */
    IRF_TRANSIENT = 1 << 4, /* a literal that does not outlive the statement */
    IRF_BOUNDED = 1 << 5,
    IRF_NONNIL = 1 << 6,
    IRF_NOINLINE = 1 << 7,  /* call not to be inlined */
    IRF_DISTINCTVARS = 1 << 8, /* FOR/RANGE: go1.22 per-iteration loop variables (gc's DistinctVars) */
    IRF_DYNTYPE = 1 << 9,   /* TYPE, DOTTYPE: a derived type a shaped body reads from its dictionary
                               (gc's ODYNAMICTYPE, ODYNAMICDOTTYPE) */
};

/* gc's variable classes (ir.Class). */
typedef enum IrClass {
    PXXX = 0,
    PEXTERN,   /* package-level variable */
    PAUTO,     /* local variable */
    PAUTOHEAP, /* local moved to the heap */
    PPARAM,    /* parameter (receiver included) */
    PPARAMOUT, /* result */
    PFUNC,     /* a function's name (global) */
} IrClass;

/* An IrName is a variable or a function name: gc's ir.Name. */
struct IrName {
    Sym *sym;          /* the name ("~r0" for an unnamed result, ".autotmp_N", "#state1") */
    IrClass class;
    Pos pos;           /* declaration */
    Type *type;
    Object *obj;       /* the types object (NULL for temporaries and wrappers' own names) */
    IrFunc *curfn;     /* declaring function (closure vars: the closure) */
    IrFunc *func;      /* PFUNC: the function, when it has IR here */
    IrNode *defn;      /* initialising assignment / RANGE / TYPESW / closure var's outermost NAME */
    IrName *outer;     /* closure variable: the enclosing function's copy */
    uint32_t flags;    /* IRN_* */
    void *opt;         /* escape analysis' location */
    int id;            /* creation order within the package */
};

enum {
    IRN_ADDRTAKEN = 1 << 0, /* &x taken somewhere (gc's Addrtaken) */
    IRN_BYVAL = 1 << 1,     /* closure var captured by value */
    IRN_CLOSUREVAR = 1 << 2,/* a closure's copy of a captured variable */
    IRN_AUTOTEMP = 1 << 3,  /* compiler temporary */
    IRN_USED = 1 << 4,
    IRN_REASSIGNED = 1 << 5,/* assigned after its definition */
    IRN_NONMERGEABLE = 1 << 6,
    IRN_LOOPVAR = 1 << 7,   /* a per-iteration loop variable (go1.22) */
    IRN_UNSAFE_UINTPTR = 1 << 8,
};
/* IRN_REASSIGNED is what gc's ir.Reassigned says: package-level variables,
 * address-taken variables, and variables assigned anywhere (closures
 * included) other than by their defining statement (range variables
 * always). IrName.defn is that statement: the AS/AS2 of := and of var
 * with values, the RANGE of range variables, the TYPESW of a type switch
 * clause's variable, the AS2FUNC/AS2MAPR/... of temporaries. */

/* An IrNode: gc's ir.Node. The comments in IR_OPS say which fields a
 * node of each op uses; unused ones are NULL/empty. */
struct IrNode {
    uint16_t op;      /* IrOp */
    uint16_t flags;   /* IRF_* */
    Tok tokop;        /* UNARY, BINARY, ASOP: the operator */
    Pos pos;          /* gc's position for the node */
    Type *type;       /* result type (NULL for statements) */
    IrNode *x, *y, *z;
    IrNode *cond, *post, *key, *value, *len;
    IrNodes list, rlist, init, body, els;
    IrName *name;     /* NAME; DCL/TYPESW/CASE: the declared variable */
    IrFunc *func;     /* CLOSURE; METHEXPR: the method's IrFunc (NULL: another package's) */
    Object *sel;      /* DOT/DOTPTR/DOTINTER/METHVALUE/METHEXPR/STRUCTKEY: field or method */
    Sym *label;       /* LABEL/GOTO/BREAK/CONTINUE and labelled FOR/RANGE/SWITCH/SELECT */
    ConstVal val;     /* LITERAL */
    AstNode *src;     /* the AST node this came from, or NULL (diagnostics, -m=2) */
};

/* An IrFunc: gc's ir.Func, a declared function, a method, a closure or a
 * compiler-generated wrapper. */
struct IrFunc {
    IrName *nname;      /* PFUNC name; sym is gc's linker-style name ("F.func1", "(*T).M", "F[go.shape.int]") */
    Object *obj;        /* the types object, NULL for closures and wrappers */
    Object *origin;     /* a shaped instantiation or dictionary wrapper: the generic function it instantiates */
    Type *type;         /* signature (receiver, if any, is the first of params) */
    IrFunc *outer;      /* enclosing function of a closure */
    IrNode *closure;    /* the CLOSURE node of a function literal */
    Vec(IrName *) params;    /* receiver then parameters, gc's order; blank/unnamed included */
    Vec(IrName *) results;   /* named or ~rN */
    Vec(IrName *) dcl;       /* every local: params, results, locals, temporaries in gc's Dcl order */
    Vec(IrName *) closure_vars; /* captured variables (the closure's copies, IRN_CLOSUREVAR) */
    IrNodes body;
    Pos pos, endpos;    /* "func" keyword (closure) or name; closing brace */
    uint32_t pragmas;   /* PRAGMA_* from syntax/ast.h */
    uint32_t flags;     /* IRFN_* */
    int nclosures;      /* closures numbered so far (for naming) */
    int ngodefer;       /* go/defer wrappers numbered so far (gc's goDeferGen) */
    void *opt;          /* escape analysis' per-function state */
};

enum {
    IRFN_WRAPPER = 1 << 0,  /* go/defer wrapper or method wrapper: no diagnostics */
    IRFN_DUPOK = 1 << 1,    /* shaped generic instantiation: no param diagnostics */
    IRFN_HASBODY = 1 << 2,  /* false for assembly-backed declarations */
    IRFN_RANGEFUNC = 1 << 3,/* a range-over-func body closure */
    IRFN_ISHIDDEN = 1 << 4, /* compiler-generated: no diagnostics at all */
    IRFN_HASLOOP = 1 << 5,  /* a FOR or RANGE was built in it (loopvar may have work) */
    IRFN_HASCALLINTER = 1 << 6, /* a CALLINTER was built in it (devirtualization may) */
};

/* A message of the ir stage for -m ("devirtualizing i.M to *T"). */
typedef struct IrNote {
    Pos pos;
    const char *msg;
} IrNote;

/* The extent of a declaration the builder skipped (generic functions and
 * methods of generic types: not built yet). */
typedef struct IrSkipped {
    Pos from, to;
} IrSkipped;

/* One package's IR. funcs is gc's typecheck.Target.Funcs: the order in
 * which functions (closures after their enclosing function) are handed to
 * escape analysis. */
typedef struct IrPackage {
    Package *pkg;
    Vec(IrFunc *) funcs;  /* declared functions and methods, instantiations, wrappers */
    int go_minor;         /* language version go1.N (loop variable semantics) */
    Arena *arena;
    IrName *blank;        /* the blank identifier _ (gc's ir.BlankNode), class PXXX */
    IrFunc *init;         /* the package initialisation function "init" (package-level
                             variable initialisers in initialisation order), or NULL */
    int nnames;           /* IrNames made so far (their ids) */
    Vec(IrNote) notes;    /* -m messages of gc's passes before escape analysis, in emission order */
    Vec(IrSkipped) generic; /* generic declarations whose bodies were not built */
} IrPackage;

/* ir_build builds the IR of one type-checked package. files/info are the
 * checker's inputs and outputs for pkg; go_minor is its go.mod version. */
IrPackage *ir_build(Package *pkg, AstFile **files, int nfiles, TypesInfo *info, int go_minor, Arena *arena);

/* ir_is_blank: n is the blank identifier _ (gc's ir.IsBlank). */
bool ir_is_blank(const IrNode *n);

/* ---- visiting and facts (ir/walk.c) ----------------------------------------- */

/* ir_any is gc's ir.Any: f on n, then on its children (init list, operand
 * fields, lists; not into closure bodies), stopping at the first true. */
typedef bool (*IrAnyFn)(IrNode *n, void *ctx);
bool ir_any(IrNode *n, IrAnyFn f, void *ctx);
bool ir_any_children(IrNode *n, IrAnyFn f, void *ctx); /* ir.DoChildren with Any's stop rule */
/* ir_each_child calls f on each direct child of n (init, operands, then
 * lists: the order every walker uses), stopping when f returns true. */
bool ir_each_child(IrNode *n, IrAnyFn f, void *ctx);
bool ir_any_func(IrFunc *fn, IrAnyFn f, void *ctx);    /* over fn's body */
IrNode *ir_outer_value(IrNode *n);  /* gc's ir.OuterValue: through DOT, CONVNOP, array INDEX */
IrName *ir_canonical(IrName *n);    /* a closure variable's outermost variable */
/* ir_is_closure is gc's Func.IsClosure: a func literal that captures a
 * variable. One in a shaped body always does (gc's reader makes it capture
 * the dictionary parameter). Other func literals are plain functions to
 * gc's escape analysis and backend. */
bool ir_is_closure(const IrFunc *fn);
/* ir_static_value is gc's ir.StaticValue: through CONVNOPs and locals
 * assigned once (IRN_REASSIGNED clear) to the expression they hold. */
IrNode *ir_static_value(IrNode *n);

/* ---- making nodes later (escape's rewrites) --------------------------------- */

IrNode *ir_new_node(IrPackage *ip, IrOp op, Pos pos, Type *type);
IrNode *ir_new_name_node(IrPackage *ip, IrName *n);   /* a NAME at n's position */
/* ir_new_temp is typecheck.TempAt: a ".autotmp_N" local of fn (N = its Dcl length). */
IrName *ir_new_temp(IrPackage *ip, IrFunc *fn, Pos pos, Type *type);

/* ---- printing (ir/fmt.c) ---------------------------------------------------- */

/* ir_fmt appends gc's %v form of an expression ("&T{...}", "... argument",
 * "([]byte)(s)", "func literal", "make([]int, 10)") to b. */
void ir_fmt(StrBuf *b, const IrNode *n);
void ir_fmt_name(StrBuf *b, const IrName *n); /* a variable's name ("x", "slices.x" from another package) */ /* statements as gc's stmtFmt ("x = &T{...}", "return x") */
char *ir_string(const IrNode *n); /* malloc'd ir_fmt */
/* ir_fmt_set_package sets the package being compiled: its objects print
 * unqualified (ir_build sets it; call it again when printing the IR of
 * another package). */
void ir_fmt_set_package(const Package *pkg);
/* gc's types.Type %v for diagnostics ("*T", "[]byte", "interface {}", package-qualified
 * for other packages relative to pkg). */
void ir_fmt_type(StrBuf *b, Type *t, const Package *pkg);

/* ---- debugging -------------------------------------------------------------- */

void ir_dump_func(StrBuf *b, const IrFunc *fn); /* an indented tree, for `goesc ir -dump` */

/* ---- shapes: generic instantiation (ir/shape.c, ir/linkname.c, ir/localtype.c,
 * ir/shapehash.c, ir/deadcode.c, ir/astwalk.c, ir/instantiate.c; docs/generics.md) --
 *
 * gc compiles generic code once per shape of its type arguments. A shape is
 * a named type of the pseudo-package go.shape (ir_shape_pkg) whose name is
 * the link string of the argument's underlying type, or *uint8 for a
 * pointer argument of a type parameter constrained by a basic interface:
 * "go.shape.int", "go.shape.*uint8", "go.shape.struct { p.a int }". Shapes
 * are unique Type*s in the types arena; their underlying type is the
 * argument's. Instantiated functions, methods and types have gc's mangled
 * names ("F[go.shape.int]", "(*T[go.shape.string]).M", "T.M[go.shape.int]",
 * "F[int]" for the dictionary wrapper). */

Package *ir_shape_pkg(void);                /* path and name "go.shape" */
Type *ir_shape_type(Type *targ, bool basic); /* noder.Shapify */
bool ir_is_shape(Type *t);
bool ir_has_shape(Type *t);                  /* t is or contains a shape */
bool ir_tparam_basic(Type *tparam);          /* its constraint is a basic interface (methods only) */
/* out[i] = shape of targs[i] under tparams[i] (tparams may be NULL: not basic). */
void ir_shapify(Type **tparams, Type **targs, int n, Type **out);

/* gc's types.Type.LinkString: package-path qualified (objabi.PathToPrefix
 * escaping), byte as uint8, any as interface {}, local types with ·N. */
void ir_fmt_linkstring(StrBuf *b, Type *t);
/* IrTypePrint writes one type; ir_fmt_sig writes a signature's parameters
 * and results through it (the diagnostic and the link-name spellings). */
typedef void (*IrTypePrint)(StrBuf *b, Type *t);
void ir_fmt_sig(StrBuf *b, Type *t, bool func, IrTypePrint pt);
void ir_fmt_link_prefix(StrBuf *b, const char *path); /* objabi.PathToPrefix */

/* Names of instantiations of a generic object (a function, a method of a
 * generic type, a generic method or a type name) with type arguments
 * targs (receiver type arguments first): ir_fmt_inst_sym writes the
 * symbol name ("F[go.shape.int]", "(*List[int]).Len"); ir_fmt_shape_name
 * qualifies it with the package name when generic belongs to another
 * package than from, as gc's diagnostics do ("slices.F[go.shape.int]");
 * ir_fmt_link_name qualifies it with the package's link prefix, as in
 * object files. */
void ir_fmt_inst_sym(StrBuf *b, Object *generic, Type **targs, int n);
void ir_fmt_shape_name(StrBuf *b, Object *generic, Type **targs, int n, const Package *from);
void ir_fmt_link_name(StrBuf *b, Object *generic, Type **targs, int n);
/* gc's fmtGo form of a named type seen from package from: "T",
 * "pkg.T", "List[int]", "sync.entry[go.shape.interface {},go.shape.*uint8]",
 * "go.shape.int", a local type without its ·N. */
void ir_fmt_named_go(StrBuf *b, Type *named, const Package *from);

/* Substitution into generic code: type parameters to type arguments,
 * shapes for a shaped body (shaped: an instance whose arguments then hold
 * a shape is shaped as a whole, its arguments shapified, as gc's reader
 * does), real types for a dictionary. Local types of generic functions
 * become their instances. ir_underlying is gc's underlying type: for a
 * shaped instance, its origin's read the shaped way, which can differ from
 * ty_underlying (fields of instantiated types get shapes too); the IR of
 * shaped bodies must use it. */
typedef struct IrSubst {
    Type **tparams, **targs;
    int n;
    bool shaped;
    /* optional: told of every type argument a shaped instance is made from,
     * before it is shapified (gc reads those types first) */
    void (*seen)(void *ctx, Type *t);
    void *ctx;
} IrSubst;
Type *ir_subst(const IrSubst *s, Type *t);
Type *ir_underlying(Type *t);
Type *ir_underlying_seen(Type *t, void (*seen)(void *ctx, Type *t), void *ctx);
/* Mark a shaped instance as being defined (gc: still TFORW) while its
 * underlying type's parts are read, or unmark it (nested, last first). */
void ir_shape_defining(Type *t, bool on);

/* Local (function-scoped) defined types: gc numbers them per package in
 * source order (the ·N of their link names) and gives those declared in
 * generic functions the enclosing type parameters as implicit type
 * arguments. ir_note_local_types records both for a checked package; the
 * records are kept for the life of the process (importers need them). */
void ir_note_local_types(AstFile **files, int nfiles, TypesInfo *info);
int ir_local_type_gen(const Object *tname);                    /* 0: not local */
int ir_local_type_implicits(const Object *tname, Type ***tparams); /* count */
/* The instance of a local type of a generic function for implicit type
 * arguments targs, with the given (substituted) underlying type; and for
 * such an instance, its implicit type arguments (count; 0: not one). */
Type *ir_local_type_inst(Type *local, Type **targs, int n, Type *under);
int ir_local_inst_targs(Type *t, Type ***targs);

/* SHA-256 with the first byte inverted (cmd/internal/hash.Sum32): names
 * of shapes longer than 500 bytes are its hex form. */
void ir_shape_hash(const void *data, size_t n, uint8_t out[32]);

/* Dead code gc's writer drops before building IR (ir/deadcode.c; the IR
 * builder needs the same rules): ir_static_bool is +1/-1 for a condition
 * known true/false (a constant, or && / || decided by a constant operand;
 * *ep is then narrowed to the operand that remains, as gc does), else 0;
 * ir_terminates tells a statement that ends control flow (return, goto,
 * panic(...), an if whose live branches terminate, a block ending so);
 * ir_live_stmts copies to out (room for l.n) the statements of a list gc
 * keeps: none after a terminating one unless a label follows later. */
int ir_static_bool(TypesInfo *info, AstNode **ep);
bool ir_terminates(TypesInfo *info, AstNode *stmt);
int ir_live_stmts(TypesInfo *info, AstList l, AstNode **out);

/* The children of a syntax node in source order. */
typedef void (*IrAstFn)(void *ctx, AstNode *child);
void ir_ast_children(AstNode *n, IrAstFn fn, void *ctx);


/* Instantiations a package compiles, in gc's Target.Funcs order
 * (prototype, ir/instantiate.c): call ir_inst_begin for every package
 * right after it is checked, while its syntax trees and TypesInfo live (it
 * keeps summaries of the package's generic bodies for importers);
 * ir_inst_collect then lists the instantiated functions gc appends to
 * Target.Funcs after the package's own functions; ir_inst_end frees the
 * per-package state (out stays valid until then). */
typedef struct IrInstFunc {
    Object *generic; /* the generic function or method (origin) */
    Type **targs;    /* receiver type arguments, then the function's; shapes when shaped */
    int ntargs;
    bool shaped;     /* compiled body (F[go.shape.int]) */
    bool wrapper;    /* dictionary wrapper (F[int]): calls the shaped body */
    Sym *name;       /* as diagnostics name it from the package: "slices.F[go.shape.int]" */
    Sym *link;       /* the object-file symbol: "slices.F[go.shape.int]" with the path */
} IrInstFunc;
typedef struct IrInstState IrInstState;
IrInstState *ir_inst_begin(Package *pkg, AstFile **files, int nfiles, TypesInfo *info);
int ir_inst_collect(IrInstState *st, IrInstFunc **out);
void ir_inst_end(IrInstState *st);
/* The bodies gc reads after the declarations, in the order it reads them
 * (readBodies pops them from todoBodies): a function of the package
 * (local) or the instantiation out[inst] (local NULL). Closures join
 * Target.Funcs as their enclosing body is read, an instantiation after
 * its body. */
typedef struct IrInstRead {
    Object *local;
    int inst;
} IrInstRead;
int ir_inst_reads(IrInstState *st, IrInstRead **out);
/* The instantiated types the package reads (after ir_inst_collect), in
 * the order gc creates them; each brings its methods. */
int ir_inst_types(IrInstState *st, Type ***out);

/* ir_build_insts is ir_build that also builds the package's shaped
 * instantiations insts (ir_inst_collect's list, in its order) whose generic
 * declarations are in pkg (ir/stencil.c), and orders the closures and
 * instantiations after the declared functions by reads (ir_inst_reads;
 * NULL: as built). */
IrPackage *ir_build_insts(Package *pkg, AstFile **files, int nfiles, TypesInfo *info, int go_minor,
                          const IrInstFunc *insts, int ninsts, const IrInstRead *reads, int nreads,
                          Arena *arena);
/* ir_build_stenciled: ir_inst_begin/collect, ir_build_insts, ir_inst_end.
 * Call it (or ir_inst_begin) for every checked package, in dependency order. */
IrPackage *ir_build_stenciled(Package *pkg, AstFile **files, int nfiles, TypesInfo *info, int go_minor, Arena *arena);
/* ir_note_generics: what ir_build_stenciled records of a package for its
 * importers, without building its IR. */
void ir_note_generics(Package *pkg, AstFile **files, int nfiles, TypesInfo *info);

#endif
