/* esc.h: the internal contract of the escape stage (not for other stages).
 *
 * The pieces mirror gc's cmd/compile/internal/escape and keep its words:
 *   - scc.c: batches of functions, bottom-up over the call graph's
 *     strongly connected components (ir.VisitFuncsBottomUp);
 *   - escape.c: a batch (Batch, initFunc, walkFunc, flowClosure);
 *   - graph.c: locations, holes, notes and flows between them;
 *   - stmt.c, expr.c, assign.c, call.c: the visitors that turn a
 *     function body into flows;
 *   - solve.c: walkAll/walkOne, outlives, the -m=2 explanations;
 *   - finish.c: param tags and the -m diagnostics;
 *   - leaks.c: a param's leak set and the tags kept for importers;
 *   - utils.c: self-assignments, heap allocation reasons;
 *   - typeinfo.c: the type facts gc's types package answers (HasPointers,
 *     IsDirectIface, sizes of closure records);
 *   - static.c: gc's ReassignOracle (static values of locals, callees
 *     of func variables) and rewriteWithLiterals. */
#ifndef GOESC_ESCAPE_ESC_H
#define GOESC_ESCAPE_ESC_H

#include "escape/escape.h"

typedef struct EscLoc EscLoc;
typedef struct EscNote EscNote;
typedef struct EscBatch EscBatch;
typedef struct Escape Escape;
typedef struct EscFunc EscFunc;

/* ---- leaks (leaks.c) ---------------------------------------------------------- */

/* A leak set: for the heap, the mutator, the callee and the first
 * ESC_NUM_RESULTS results, the minimum derefs of a flow from the param
 * there, stored +1 (0: no flow), as gc's leaks. */
enum { LEAK_HEAP, LEAK_MUTATOR, LEAK_CALLEE, LEAK_RESULT0, LEAK_N = 8 };
#define ESC_NUM_RESULTS (LEAK_N - LEAK_RESULT0)
typedef struct EscLeaks {
    uint8_t v[LEAK_N];
} EscLeaks;

int esc_leaks_get(const EscLeaks *l, int i); /* derefs, -1: none */
void esc_leaks_add(EscLeaks *l, int i, int derefs);
void esc_leaks_optimize(EscLeaks *l);
/* esc_leaks_tag is l as an importer sees it (gc's Encode then parseLeaks:
 * a heap flow at derefs 0 hides everything else). */
EscLeaks esc_leaks_tag(EscLeaks l);
EscLeaks esc_leaks_heap(void); /* the tag of an untagged param: heap, derefs 0 */
void esc_leaks_encode(StrBuf *b, EscLeaks l); /* gc's tag string ("" or "esc:...") */

/* Tags of a function for its callers: one leak set per param, receiver
 * first (gc's RecvParams), and the pragmas that matter at call sites. */
typedef struct EscTags {
    EscLeaks *params;
    int n;
    uint32_t pragmas; /* PRAGMA_*, with PRAGMA_UINTPTRKEEPALIVE for body-less functions */
} EscTags;
void esc_tags_publish(Object *fn, const EscTags *t); /* copied to long-lived memory */
const EscTags *esc_tags_lookup(Object *fn);          /* NULL when never analysed */

/* ---- per-function state (escape.c) --------------------------------------------- */

enum { ESC_FUNC_UNKNOWN, ESC_FUNC_PLANNED, ESC_FUNC_STARTED, ESC_FUNC_TAGGED };

typedef struct EscReassign EscReassign;

struct EscFunc {
    int esc;                   /* ESC_FUNC_* */
    bool closure_results_lost; /* a closure whose results flow to unknown places */
    EscTags tags;              /* after ESC_FUNC_TAGGED */
    EscReassign *ro;           /* the reassign oracle of its outermost function */
};
EscFunc *esc_func(EscBatch *b, IrFunc *fn); /* fn->opt, created on first use */
#define esc_func_state(fn) ((EscFunc *)(fn)->opt) /* NULL before its analysis */

/* What lives as long as the package's analysis: the functions' states
 * (in the IR's arena) and the reassign oracles. */
typedef struct EscPkg {
    IrPackage *ip;
    const EscConfig *cfg;
    DiagList *out;
    Vec(EscReassign *) oracles;
    Map funcs_by_obj; /* types Object* of a function or method -> IrFunc* */
} EscPkg;

/* ---- locations and holes (graph.c) ------------------------------------------- */

enum {
    ATTR_ESCAPES = 1 << 0,  /* the variable's address escapes: heap allocate it */
    ATTR_PERSISTS = 1 << 1, /* the expression's address outlives the statement */
    ATTR_MUTATES = 1 << 2,  /* memory reachable from here may be written */
    ATTR_CALLS = 1 << 3,    /* closures reachable from here may be called untracked */
};

struct EscNote {
    EscNote *next;
    IrNode *where;
    const char *why;
};

typedef struct EscEdge {
    EscLoc *src;
    int derefs; /* >= -1 */
    EscNote *notes;
} EscEdge;

/* A location: a variable (name), an allocation site (n) or neither (a
 * temporary of the graph). */
struct EscLoc {
    IrNode *n;
    IrName *name;
    IrFunc *curfn;
    EscEdge *edges; /* incoming */
    int nedges, capedges;
    int loop_depth;   /* at declaration */
    int result_index; /* 1-based index of a result, else 0 */
    int derefs;       /* walkOne: minimal derefs from the root */
    uint32_t walkgen;
    EscLoc *dst; /* walkOne: next hop towards the root */
    int dst_edge_idx;
    bool queued_walk_all;
    uint32_t queued_walk_one;
    uint8_t attrs;
    EscLeaks param_esc;
    bool captured, reassigned, addrtaken, param, param_out;
};

/* A hole: the context an expression is evaluated in ("x = **_"). */
typedef struct EscHole {
    EscLoc *dst;
    int derefs; /* >= -1 */
    EscNote *notes;
    bool addrtaken; /* the context takes the expression's address */
} EscHole;

typedef struct EscClosure {
    EscHole k;
    IrNode *clo;
} EscClosure;

/* A batch: the functions of one strongly connected component. */
struct EscBatch {
    EscPkg *pkg;
    IrPackage *ip;
    const EscConfig *cfg;
    DiagList *out;
    Arena *arena; /* locations, edges, notes: freed after the batch */
    Vec(EscLoc *) all_locs;
    Vec(EscClosure) closures;
    EscLoc heap_loc, mutator_loc, callee_loc, blank_loc;
    int64_t max_stack_var, max_implicit_stack_var;
};

/* The state of walking one function of a batch. */
struct Escape {
    EscBatch *b;
    IrFunc *curfn;
    Map labels; /* Sym* of a label -> LABEL_LOOPING / LABEL_NONLOOPING */
    int loop_depth;
};
enum { LABEL_LOOPING = 1, LABEL_NONLOOPING = 2 };

bool esc_has_attr(const EscLoc *l, int attr);
EscHole esc_as_hole(EscLoc *l);
EscHole esc_note(EscBatch *b, EscHole k, IrNode *where, const char *why);
EscHole esc_shift(EscHole k, int delta);
EscHole esc_deref(EscBatch *b, EscHole k, IrNode *where, const char *why);
EscHole esc_addr_of(EscBatch *b, EscHole k, IrNode *where, const char *why);
EscHole esc_dot_type(EscBatch *b, EscHole k, Type *t, IrNode *where, const char *why);
void esc_flow(EscBatch *b, EscHole k, EscLoc *src);
EscHole esc_heap_hole(EscBatch *b);
EscHole esc_mutator_hole(EscBatch *b);
EscHole esc_callee_hole(EscBatch *b);
EscHole esc_discard_hole(EscBatch *b);
EscLoc *esc_old_loc(IrName *n);
EscLoc *esc_new_loc(Escape *e, IrNode *n, IrName *name, bool persists);
EscHole esc_tee_hole(Escape *e, EscHole *ks, int nks);
EscHole esc_later(Escape *e, EscHole k);
EscHole esc_spill(Escape *e, EscHole k, IrNode *n);
void esc_leak_to(EscLoc *l, EscLoc *sink, int derefs);
bool esc_loc_is_name(const EscLoc *l, IrClass c);

/* ---- the batch (escape.c) ------------------------------------------------------ */

void esc_batch(EscPkg *pkg, IrFunc **fns, int nfns);
void esc_visit_bottom_up(EscPkg *pkg, void (*analyze)(IrFunc **fns, int n, void *ctx), void *ctx);
void esc_walk_func(EscBatch *b, IrFunc *fn);
bool esc_in_mutual_batch(IrFunc *fn);
bool esc_is_closure(const IrFunc *fn); /* gc's IsClosure: a func literal capturing variables */
void esc_warn(EscBatch *b, Pos pos, const char *fmt, ...);
void esc_fmt_pos(EscBatch *b, StrBuf *sb, Pos pos); /* gc's FmtPos inside messages */
const char *esc_func_name(const IrFunc *fn);        /* gc's FuncName */

/* ---- the visitors (stmt.c, expr.c, assign.c, call.c) ----------------------------- */

void esc_stmt(Escape *e, IrNode *n);
void esc_stmts(Escape *e, IrNodes *l);
void esc_block(Escape *e, IrNodes *l);
EscHole esc_dcl(Escape *e, IrName *n);
void esc_expr(Escape *e, EscHole k, IrNode *n);
void esc_expr_skip_init(Escape *e, EscHole k, IrNode *n);
void esc_expr_name(Escape *e, EscHole k, IrName *n);
void esc_discard(Escape *e, IrNode *n);
void esc_discards(Escape *e, IrNodes *l);
void esc_unsafe_value(Escape *e, EscHole k, IrNode *n);
EscHole esc_addr(Escape *e, IrNode *n);
EscHole esc_addr_name(Escape *e, IrName *n);
void esc_mutate(Escape *e, IrNode *n);
void esc_assign_heap(Escape *e, IrNode *src, const char *why, IrNode *where);
void esc_assign_list(Escape *e, IrNode **dsts, int ndst, IrNode **srcs, int nsrc, const char *why, IrNode *where);
void esc_reassigned(Escape *e, EscHole *ks, int nks, IrNode *where);
void esc_call(Escape *e, EscHole *ks, int nks, IrNode *call);
void esc_go_defer(Escape *e, IrNode *n);

/* A statically known callee: a function with IR here (fn), an imported or
 * IR-less one (obj), or both; type is its signature (receiver in recv). */
typedef struct EscCallee {
    IrFunc *fn;
    Object *obj;
    Type *type;
} EscCallee;
EscHole esc_tag_hole(Escape *e, EscHole *ks, int nks, const EscCallee *fn, int param);
bool esc_static_callee(EscPkg *pkg, IrNode *n, EscCallee *out); /* gc's StaticCalleeName */
IrFunc *esc_obj_func(EscPkg *pkg, Object *fn);                   /* the IR of a function, if here */

/* ---- the solver (solve.c) ------------------------------------------------------- */

void esc_walk_all(EscBatch *b);
bool esc_outlives(EscBatch *b, EscLoc *l, EscLoc *other);
void esc_explain_flow(EscBatch *b, Pos pos, EscLoc *dst, EscLoc *src, int derefs, EscNote *notes);
void esc_loc_string(EscBatch *b, StrBuf *sb, EscLoc *l); /* explainLoc */
void esc_loc_node_string(StrBuf *sb, EscLoc *l);         /* %v of the location's node */
Pos esc_loc_pos(EscLoc *l);

/* ---- finishing (finish.c) --------------------------------------------------------- */

void esc_finish(EscBatch *b, IrFunc **fns, int nfns);

/* ---- utilities (utils.c, typeinfo.c) ---------------------------------------------- */

bool esc_is_self_assign(IrNode *dst, IrNode *src);
const char *esc_heap_alloc_reason(EscBatch *b, EscLoc *loc);
bool esc_is_reflect_header_data_field(IrNode *n);

bool esc_has_pointers(Type *t);
bool esc_is_direct_iface(Type *t);
bool esc_not_in_heap(Type *t);
bool esc_is_interface(Type *t);
bool esc_is_kind(Type *t, TypeKind k);      /* the underlying type is of kind k */
bool esc_is_basic(Type *t, BasicKind k);    /* the underlying type is basic kind k */
bool esc_is_untyped(Type *t);
Type *esc_elem(Type *t);                    /* element of a pointer, slice, array, chan, map */
int64_t esc_size(Type *t);
int64_t esc_align(Type *t);
int64_t esc_ptr_size(void);
int64_t esc_closure_size(IrFunc *clo);   /* typecheck.ClosureType(clo).Size() */
int64_t esc_methvalue_size(IrNode *n);   /* typecheck.MethodValueType(n).Size() */
Type *esc_sig(Type *t);                  /* the signature under t */
int esc_sig_nparams(Type *sig);          /* parameters, receiver excluded */
bool esc_sig_has_recv(Type *sig);
Type *esc_sig_param(Type *sig, int i);   /* i < 0: the receiver */
int esc_sig_nresults(Type *sig);

/* ---- static values (static.c) -------------------------------------------------------- */

EscReassign *esc_reassign_oracle(EscBatch *b, IrFunc *fn);
void esc_reassign_free(EscReassign *ro);
IrNode *esc_static_value(EscReassign *ro, IrNode *n);
/* esc_func_assignments: the simple assignments to a func-typed local
 * (NULL with *n 0 when it is not tracked). */
IrNode **esc_func_assignments(EscReassign *ro, IrName *name, int *n);
void esc_rewrite_with_literals(EscBatch *b, IrNode *n, IrFunc *fn);
bool esc_is_zero(IrNode *n);

#endif
