/* types.h: the public header of the types stage.
 *
 * The model follows go/types (types2): Types (basic, composite, named,
 * type parameters, aliases), Objects (constants, type names, variables,
 * functions, packages, labels, builtins, nil), Scopes and Packages. Types
 * and objects live in one long-lived arena: importers and later stages keep
 * pointers to them. Names are interned Syms, so comparing names is
 * comparing pointers. */
#ifndef GOESC_TYPES_H
#define GOESC_TYPES_H

#include "base/base.h"
#include "types/constant.h"

typedef struct Type Type;
typedef struct Object Object;
typedef struct Scope Scope;
typedef struct Package Package;

/* ---- basic types -------------------------------------------------------- */

/* X(KIND, name, info): go/types' BasicKind order and names. */
#define BASIC_KINDS(X)                                                   \
    X(INVALID, "invalid type", 0)                                        \
    X(BOOL, "bool", BI_BOOLEAN)                                          \
    X(INT, "int", BI_INTEGER)                                            \
    X(INT8, "int8", BI_INTEGER)                                          \
    X(INT16, "int16", BI_INTEGER)                                        \
    X(INT32, "int32", BI_INTEGER)                                        \
    X(INT64, "int64", BI_INTEGER)                                        \
    X(UINT, "uint", BI_INTEGER | BI_UNSIGNED)                            \
    X(UINT8, "uint8", BI_INTEGER | BI_UNSIGNED)                          \
    X(UINT16, "uint16", BI_INTEGER | BI_UNSIGNED)                        \
    X(UINT32, "uint32", BI_INTEGER | BI_UNSIGNED)                        \
    X(UINT64, "uint64", BI_INTEGER | BI_UNSIGNED)                        \
    X(UINTPTR, "uintptr", BI_INTEGER | BI_UNSIGNED)                      \
    X(FLOAT32, "float32", BI_FLOAT)                                      \
    X(FLOAT64, "float64", BI_FLOAT)                                      \
    X(COMPLEX64, "complex64", BI_COMPLEX)                                \
    X(COMPLEX128, "complex128", BI_COMPLEX)                              \
    X(STRING, "string", BI_STRING)                                       \
    X(UNSAFE_POINTER, "Pointer", 0)                                      \
    X(UNTYPED_BOOL, "untyped bool", BI_BOOLEAN | BI_UNTYPED)             \
    X(UNTYPED_INT, "untyped int", BI_INTEGER | BI_UNTYPED)               \
    X(UNTYPED_RUNE, "untyped rune", BI_INTEGER | BI_UNTYPED)             \
    X(UNTYPED_FLOAT, "untyped float", BI_FLOAT | BI_UNTYPED)             \
    X(UNTYPED_COMPLEX, "untyped complex", BI_COMPLEX | BI_UNTYPED)       \
    X(UNTYPED_STRING, "untyped string", BI_STRING | BI_UNTYPED)          \
    X(UNTYPED_NIL, "untyped nil", BI_UNTYPED)

typedef enum BasicKind {
#define X(k, name, info) B_##k,
    BASIC_KINDS(X)
#undef X
    B_COUNT
} BasicKind;

typedef enum BasicInfo {
    BI_BOOLEAN = 1 << 0,  /* bool, untyped bool */
    BI_INTEGER = 1 << 1,  /* every integer kind */
    BI_UNSIGNED = 1 << 2, /* unsigned integers */
    BI_FLOAT = 1 << 3,    /* float32, float64, untyped float */
    BI_COMPLEX = 1 << 4,  /* complex kinds */
    BI_STRING = 1 << 5,   /* string, untyped string */
    BI_UNTYPED = 1 << 6,  /* the untyped kinds */
    BI_ORDERED = BI_INTEGER | BI_FLOAT | BI_STRING,
    BI_NUMERIC = BI_INTEGER | BI_FLOAT | BI_COMPLEX,
    BI_CONSTTYPE = BI_BOOLEAN | BI_NUMERIC | BI_STRING,
} BasicInfo;

/* ---- types ---------------------------------------------------------------- */

/* X(KIND, go/types name) */
#define TYPE_KINDS(X)        \
    X(BASIC, "Basic")         \
    X(POINTER, "Pointer")     \
    X(ARRAY, "Array")         \
    X(SLICE, "Slice")         \
    X(STRUCT, "Struct")       \
    X(TUPLE, "Tuple")         \
    X(SIGNATURE, "Signature") \
    X(INTERFACE, "Interface") \
    X(MAP, "Map")             \
    X(CHAN, "Chan")           \
    X(NAMED, "Named")         \
    X(TYPEPARAM, "TypeParam") \
    X(UNION, "Union")         \
    X(ALIAS, "Alias")

typedef enum TypeKind {
#define X(k, name) T_##k,
    TYPE_KINDS(X)
#undef X
    T_COUNT
} TypeKind;

typedef enum ChanDir {
    CHAN_SEND = 1, /* chan<- T */
    CHAN_RECV = 2, /* <-chan T */
    CHAN_BOTH = 3, /* chan T */
} ChanDir;

/* A union term: ~T (tilde) or T. */
typedef struct Term {
    bool tilde;
    Type *type;
} Term;

/* A type set of an interface: methods (sorted by unique name) and a term
 * list (NULL terms with all_types meaning "all types"). */
typedef struct TypeSet {
    Object **methods;
    int nmethods;
    Term *terms;
    int nterms;
    bool all_types;  /* no type restriction */
    bool comparable; /* also restricted to comparable types */
} TypeSet;

/* A Type is a kind plus a union; comments name the member each kind uses. */
struct Type {
    TypeKind kind;
    uint32_t id;   /* creation order, for deterministic maps */
    int64_t size;  /* cached by ty_sizeof; 0 with size_known false */
    int64_t align; /* cached by ty_alignof */
    bool size_known;
    union {
        struct { /* T_BASIC */
            BasicKind kind;
            BasicInfo info;
            const char *name;
        } basic;
        struct { /* T_POINTER, T_SLICE */
            Type *elem;
        } ptr;
        struct { /* T_ARRAY; len < 0 while unknown */
            Type *elem;
            int64_t len;
        } array;
        struct { /* T_STRUCT: fields are OBJ_VAR with is_field */
            Object **fields;
            Sym **tags; /* NULL when no field has a tag */
            int nfields;
        } strct;
        struct { /* T_TUPLE: OBJ_VAR elements */
            Object **vars;
            int n;
        } tuple;
        struct { /* T_SIGNATURE */
            Object *recv;       /* OBJ_VAR or NULL */
            Type *params;       /* T_TUPLE, never NULL */
            Type *results;      /* T_TUPLE, never NULL */
            Type **rtparams;    /* receiver type parameters (T_TYPEPARAM) */
            Type **tparams;     /* function type parameters */
            int nrtparams, ntparams;
            bool variadic;
        } sig;
        struct { /* T_INTERFACE */
            Object **methods;   /* explicitly declared, OBJ_FUNC */
            Type **embeddeds;   /* embedded types and unions */
            int nmethods, nembeddeds;
            bool implicit;      /* a constraint literal written without interface{} */
            TypeSet *tset;      /* computed on demand */
        } iface;
        struct { /* T_MAP */
            Type *key, *elem;
        } map;
        struct { /* T_CHAN */
            Type *elem;
            ChanDir dir;
        } chan;
        struct { /* T_NAMED: declared or instantiated */
            Object *obj;        /* OBJ_TYPENAME */
            Type *orig;         /* generic origin (self if not an instance) */
            Type *underlying;   /* NULL until resolved */
            Type **tparams;     /* of a generic type */
            Type **targs;       /* of an instance */
            int ntparams, ntargs;
            Object **methods;   /* declared methods (instances: lazily) */
            int nmethods;
        } named;
        struct { /* T_TYPEPARAM */
            Object *obj;        /* OBJ_TYPENAME */
            Type *bound;        /* constraint, an interface after resolution */
            int index;
            uint32_t seq;       /* global number, for printing subscripts */
        } tparam;
        struct { /* T_UNION */
            Term *terms;
            int n;
        } uni;
        struct { /* T_ALIAS */
            Object *obj;
            Type *orig;         /* generic alias origin (self if not an instance) */
            Type *rhs;          /* declared right-hand side */
            Type *actual;       /* unaliased, cached */
            Type **tparams, **targs;
            int ntparams, ntargs;
        } alias;
    } u;
};

/* ---- objects ------------------------------------------------------------ */

#define OBJ_KINDS(X)         \
    X(BAD, "bad")             \
    X(PKGNAME, "package")     \
    X(CONST, "const")         \
    X(TYPENAME, "type")       \
    X(VAR, "var")             \
    X(FUNC, "func")           \
    X(LABEL, "label")         \
    X(BUILTIN, "builtin")     \
    X(NIL, "nil")

typedef enum ObjKind {
#define X(k, name) OBJ_##k,
    OBJ_KINDS(X)
#undef X
    OBJ_COUNT
} ObjKind;

/* What kind of variable an OBJ_VAR is (go/types' VarKind). */
typedef enum VarKind {
    VK_PACKAGE = 1, /* package-level variable */
    VK_LOCAL,       /* local variable */
    VK_RECV,        /* method receiver */
    VK_PARAM,       /* function parameter */
    VK_RESULT,      /* function result */
    VK_FIELD,       /* struct field */
} VarKind;

/* Builtin functions, in go/types' order. X(ID, name, nargs, variadic, isstmt) */
#define BUILTINS(X)                        \
    X(APPEND, "append", 1, true, false)    \
    X(CAP, "cap", 1, false, false)         \
    X(CLEAR, "clear", 1, false, true)      \
    X(CLOSE, "close", 1, false, true)      \
    X(COMPLEX, "complex", 2, false, false) \
    X(COPY, "copy", 2, false, true)        \
    X(DELETE, "delete", 2, false, true)    \
    X(IMAG, "imag", 1, false, false)       \
    X(LEN, "len", 1, false, false)         \
    X(MAKE, "make", 1, true, false)        \
    X(MAX, "max", 1, true, false)          \
    X(MIN, "min", 1, true, false)          \
    X(NEW, "new", 1, false, false)         \
    X(PANIC, "panic", 1, false, true)      \
    X(PRINT, "print", 0, true, true)       \
    X(PRINTLN, "println", 0, true, true)   \
    X(REAL, "real", 1, false, false)       \
    X(RECOVER, "recover", 0, false, true)  \
    X(ADD, "Add", 2, false, false)         \
    X(ALIGNOF, "Alignof", 1, false, false) \
    X(OFFSETOF, "Offsetof", 1, false, false) \
    X(SIZEOF, "Sizeof", 1, false, false)   \
    X(SLICE, "Slice", 2, false, false)     \
    X(SLICEDATA, "SliceData", 1, false, false) \
    X(STRING, "String", 2, false, false)   \
    X(STRINGDATA, "StringData", 1, false, false)

typedef enum BuiltinId {
#define X(id, name, nargs, variadic, isstmt) BLT_##id,
    BUILTINS(X)
#undef X
    BLT_COUNT
} BuiltinId;

typedef struct BuiltinInfo {
    const char *name;
    int nargs;
    bool variadic;
    bool isstmt; /* may be used as a statement */
} BuiltinInfo;
extern const BuiltinInfo ty_builtins[BLT_COUNT];

/* An Object is a kind plus a union; comments name the member each uses. */
struct Object {
    ObjKind kind;
    Sym *name;
    Type *type;     /* NULL while not yet type-checked */
    Package *pkg;   /* NULL for universe objects (but unsafe's are in unsafe) */
    Scope *parent;  /* scope the object is declared in (NULL for fields/methods) */
    Pos pos;
    uint32_t id;    /* creation order */
    bool exported;
    Pos scope_pos;  /* the checker's lookups see the object from here on (file 0: always) */
    union {
        ConstVal val;       /* OBJ_CONST */
        Package *imported;  /* OBJ_PKGNAME */
        BuiltinId builtin;  /* OBJ_BUILTIN */
        struct {            /* OBJ_VAR */
            VarKind vkind;
            bool embedded;  /* embedded struct field */
            bool used;
            Object *origin; /* generic origin of an instantiated field/param */
        } var;
        struct {            /* OBJ_FUNC */
            Object *origin; /* generic origin of an instantiated method */
            bool has_ptr_recv;
            void *decl;     /* the declaring AST node, for later stages */
        } func;
        struct {            /* OBJ_TYPENAME */
            bool is_tparam;
        } tname;
    } u;
};

/* ---- scopes and packages ----------------------------------------------- */

struct Scope {
    Scope *parent;
    Map names;          /* Sym* -> Object*, for big scopes only (scope.c) */
    Vec(Object *) objs; /* insertion order */
    Pos pos, end;       /* extent; zero for universe/package scopes */
    bool is_func;       /* a function scope (labels, closures) */
    const char *comment;
};

struct Package {
    const char *path; /* import path */
    Sym *name;        /* package clause name; NULL until known */
    Scope *scope;
    Package **imports;
    int nimports;
    int go_minor;     /* language version go1.N from go.mod; 0 = latest */
    bool complete;
    bool fake;        /* stands in for a missing import */
};

/* ---- the type universe -------------------------------------------------- */

/* Global configuration for sizes: word size and max alignment of GOARCH. */
typedef struct Sizes {
    int64_t word, max_align;
} Sizes;

bool ty_sizes_for_arch(const char *goarch, Sizes *out); /* false if unknown */
void ty_set_sizes(Sizes s);

extern Scope *ty_universe;
extern Package *ty_unsafe;
extern Type *ty_basic[B_COUNT]; /* B_UINT8 is also byte, B_INT32 rune */
extern Type *ty_byte, *ty_rune; /* the aliases' distinct Basics (named "byte"/"rune") */
extern Type *ty_error, *ty_any, *ty_comparable, *ty_empty_iface;
void ty_init(void); /* builds the universe and unsafe; idempotent */

/* ---- construction (all in the types arena) ------------------------------ */

Arena *ty_arena(void);
Type *ty_new(TypeKind kind);
Type *ty_pointer(Type *elem);
Type *ty_slice(Type *elem);
Type *ty_array(Type *elem, int64_t len);
Type *ty_map(Type *key, Type *elem);
Type *ty_chan(Type *elem, ChanDir dir);
Type *ty_tuple(Object **vars, int n);
Object *obj_new(ObjKind kind, Pos pos, Package *pkg, Sym *name, Type *type);
Object *obj_var(VarKind vk, Pos pos, Package *pkg, Sym *name, Type *type);
Scope *scope_new(Scope *parent, Pos pos, Pos end, const char *comment);
Object *scope_lookup(const Scope *s, Sym *name);          /* this scope only */
Object *scope_lookup_parent(const Scope *s, Sym *name, Scope **found);
Object *scope_insert(Scope *s, Object *obj); /* returns the existing object on conflict */
void scope_add(Scope *s, Object *obj);       /* a name not in s yet; obj's parent unchanged */
Package *pkg_new(const char *path, Sym *name);

/* ---- queries ------------------------------------------------------------ */

/* The queries asked most often are inline (C99 inline definitions; type.c
 * and predicates.c hold the external ones). */
Type *ty_named_underlying(Type *named); /* expands an instance lazily */

inline Type *ty_unalias(Type *t) {
    while (t && t->kind == T_ALIAS) {
        if (t->u.alias.actual) return t->u.alias.actual;
        t = t->u.alias.rhs;
    }
    return t;
}

/* resolves Named and Alias */
inline Type *ty_underlying(Type *t) {
    t = ty_unalias(t);
    if (t && t->kind == T_NAMED) return ty_named_underlying(t); /* expands instances */
    return t;
}

inline bool ty_is_untyped(Type *t) {
    t = ty_unalias(t);
    return t && t->kind == T_BASIC && (t->u.basic.info & BI_UNTYPED);
}

inline bool ty_is_typed(Type *t) { return !ty_is_untyped(t); }

inline bool ty_is_typeparam(Type *t) {
    t = ty_unalias(t);
    return t && t->kind == T_TYPEPARAM;
}

bool ty_is_basic(Type *t, BasicInfo info); /* underlying basic with info bits */
bool ty_is_interface(Type *t);

int64_t ty_sizeof(Type *t);  /* gc's sizes; -1 when too large */
int64_t ty_alignof(Type *t);
int64_t ty_offsetof(Type *strct, int field); /* -1 when too large */

/* ---- printing (go/types' TypeString with package-path qualifiers) -------- */

/* qualifier: returns the prefix for a package-level object of pkg, or NULL
 * to print it unqualified. NULL qualifier = the package path. */
typedef const char *(*TyQualifier)(const Package *pkg, void *ctx);
void ty_write(StrBuf *b, Type *t, TyQualifier qf, void *ctx);
char *ty_string(Type *t); /* malloc'd, qualified by package path */
const char *ty_kind_name(TypeKind k);
const char *obj_kind_name(ObjKind k);

/* ==== operations on types (go/types semantics) =========================== */

/* ---- object identity (objid.c) ------------------------------------------ */

/* go/types' Id: the name if exported, else "pkgpath.name" ("_.name" without
 * a package), interned. */
Sym *ty_id(const Package *pkg, const Sym *name);
Sym *obj_id(const Object *obj);
bool ty_is_exported(const Sym *name);
/* obj has the identity (pkg, name); fold_case compares names ignoring case
 * and then ignores packages (used to suggest misspelt methods). */
bool obj_same_id(const Object *obj, const Package *pkg, const Sym *name, bool fold_case);
/* go/types' object order: exported first, then by name, then package path. */
int obj_cmp(const Object *a, const Object *b);
bool ty_same_pkg(const Package *a, const Package *b); /* by path */

/* ---- identity (identical.c) --------------------------------------------- */

bool ty_identical(Type *x, Type *y);
bool ty_identical_ignore_tags(Type *x, Type *y); /* for conversions */

/* ---- term lists (termlist.c) -------------------------------------------- */

/* A TermList is a union of terms in normal form or not; a Term whose type is
 * NULL stands for all types (𝓤); the empty set ∅ is a list with no terms. */
typedef struct TermList {
    Term *a;
    int n;
} TermList;

bool term_includes(Term x, Type *t);       /* t ∈ x */
bool term_subset_of(Term x, Term y);       /* x ⊆ y */
bool term_disjoint(Term x, Term y);        /* x ∩ y = ∅ (both typed) */
TermList tl_all(void);                     /* {𝓤} */
bool tl_is_empty(TermList l);
bool tl_is_all(TermList l);
TermList tl_norm(TermList l);              /* disjoint terms; 𝓤 alone if present */
TermList tl_union(TermList x, TermList y); /* normalised */
TermList tl_intersect(TermList x, TermList y);
bool tl_equal(TermList x, TermList y);     /* same set */
bool tl_includes(TermList l, Type *t);
bool tl_superset_of(TermList l, Term y);
bool tl_subset_of(TermList x, TermList y);
void tl_write(StrBuf *b, TermList l);      /* "∅", "𝓤" or "int | ~string" */

/* ---- type sets (typeset.c) ---------------------------------------------- */

/* Conditions go/types reports while computing a type set; the checker words
 * them ("duplicate method m", "cannot handle more than 100 union terms"). */
typedef enum TsErrKind {
    TSE_DUP_METHOD = 1,   /* explicit method declared twice: method, other */
    TSE_DUP_EMBEDDED,     /* same method from two embeddings with different
                             signatures: method, other; embedded index */
    TSE_TOO_MANY_TERMS,   /* a union with more than TY_MAX_TERMS terms */
} TsErrKind;
#define TY_MAX_TERMS 100
typedef struct TsError {
    TsErrKind kind;
    Object *method, *other;
    Type *iface;   /* the interface whose set was being computed */
    int embedded;  /* index into iface's embeddeds, or -1 for explicit */
    Type *uni;     /* TSE_TOO_MANY_TERMS: the union */
} TsError;
typedef Vec(TsError) TsErrors;

/* ts_compute computes (once) and caches the type set of a T_INTERFACE,
 * recording error conditions in errs (may be NULL). ts_of is the same
 * without errors; ts_of_type takes any type whose underlying type is an
 * interface (or a type parameter: its constraint's set). */
TypeSet *ts_compute(Type *iface, TsErrors *errs);
TypeSet *ts_of(Type *iface);
TypeSet *ts_of_type(Type *t);
TypeSet *ts_of_union(Type *uni, TsErrors *errs); /* ts_invalid() on overflow */
TypeSet *ts_invalid(void);                      /* also a valid empty set */
TermList ts_terms(const TypeSet *s);
bool ts_is_empty(const TypeSet *s);
bool ts_is_all(const TypeSet *s);        /* no methods, no restriction */
bool ts_is_method_set(const TypeSet *s); /* only methods */
bool ts_has_terms(const TypeSet *s);     /* specific terms (not ∅ or 𝓤) */
bool ts_is_comparable(const TypeSet *s);
bool ts_subset_of(const TypeSet *a, const TypeSet *b); /* terms only */
Object *ts_lookup_method(const TypeSet *s, const Package *pkg, const Sym *name, bool fold_case, int *index);
void ts_write(StrBuf *b, const TypeSet *s); /* like go/types' _TypeSet.String, methods as "func name(sig)" */

/* all(t, f): for a type parameter, f(term type, its underlying) for every
 * term of its type set, or f(NULL, NULL) once without specific terms; for
 * other types f(t, under(t)). Stops at the first false. */
typedef bool (*TyTermFn)(Type *t, Type *u, void *ctx);
bool ty_all(Type *t, TyTermFn f, void *ctx);
/* go/types' under(): the underlying type, with a type parameter standing
 * for the interface of its constraint. */
Type *ty_under(Type *t);
Type *ty_tparam_iface(Type *tp); /* constraint interface of a T_TYPEPARAM */
/* go/types' IsInterface: under(t) is an interface (type parameters too,
 * unlike ty_is_interface). */
bool ty_under_is_interface(Type *t);

/* commonUnder: the common underlying type of t's type set (channels may
 * differ in direction, the most restricted one wins). On failure NULL and
 * *err says why, with *t1, *t2 the term types involved. cond (may be NULL)
 * is called first for every term; a nonzero result stops with that code. */
typedef enum CommonErr {
    CU_OK = 0,
    CU_NO_SPECIFIC = 1, /* "no specific type" */
    CU_CHAN_ELEM,       /* "channels %s and %s have different element types" */
    CU_CHAN_DIR,        /* "channels %s and %s have conflicting directions" */
    CU_DIFFERENT,       /* "%s and %s have different underlying types" */
    CU_COND_BASE = 16,  /* cond's codes are added to this */
} CommonErr;
typedef int (*TyCondFn)(Type *t, Type *u, void *ctx);
Type *ty_common_under(Type *t, TyCondFn cond, void *ctx, int *err, Type **t1, Type **t2);

/* ---- predicates (predicates.c) ------------------------------------------ */

/* not the invalid type */
inline bool ty_is_valid(Type *t) {
    Type *u = ty_unalias(t);
    return u && !(u->kind == T_BASIC && u->u.basic.kind == B_INVALID);
}
bool ty_has_name(Type *t);            /* Basic, Named or TypeParam */
bool ty_is_type_lit(Type *t);         /* neither Named nor TypeParam */
bool ty_is_generic(Type *t);          /* uninstantiated generic Named/Alias */
bool ty_is_untyped_numeric(Type *t);
bool ty_is_nontparam_interface(Type *t);
bool ty_has_empty_typeset(Type *t);   /* type parameter with ∅ constraint */
/* allX: for a type parameter, every term of its type set (and at least one
 * term); otherwise the type itself. */
bool ty_all_basic(Type *t, BasicInfo info);
#define ty_all_boolean(t) ty_all_basic((t), BI_BOOLEAN)
#define ty_all_integer(t) ty_all_basic((t), BI_INTEGER)
#define ty_all_unsigned(t) ty_all_basic((t), BI_UNSIGNED)
#define ty_all_numeric(t) ty_all_basic((t), BI_NUMERIC)
#define ty_all_string(t) ty_all_basic((t), BI_STRING)
#define ty_all_ordered(t) ty_all_basic((t), BI_ORDERED)
#define ty_all_numeric_or_string(t) ty_all_basic((t), BI_NUMERIC | BI_STRING)

/* Why a type is not comparable (go/types' typeError texts). */
typedef enum CmpWhy {
    CMP_OK = 0,
    CMP_PLAIN,          /* no detail ("") */
    CMP_STRUCT_FIELD,   /* "struct containing %s cannot be compared": field type */
    CMP_ARRAY,          /* "%s cannot be compared": the array type itself */
    CMP_EMPTY_TYPESET,  /* "empty type set" */
    CMP_INCOMPARABLE_TS,/* "incomparable types in type set" */
} CmpWhy;
/* dynamic: spec comparability (interfaces are comparable); otherwise strict
 * comparability (type set rules). why_type (may be NULL) gets the %s. */
CmpWhy ty_comparable_why(Type *t, bool dynamic, Type **why_type);
bool ty_is_comparable(Type *t);       /* go/types' Comparable (dynamic) */
bool ty_strictly_comparable(Type *t);
bool ty_has_nil(Type *t);
Type *ty_default(Type *t);            /* untyped → default type (rune for runes) */
Type *ty_max_type(Type *x, Type *y);  /* the larger untyped numeric kind, or NULL */

/* ---- lookup (lookup.c) -------------------------------------------------- */

typedef struct Lookup {
    Object *obj;   /* the field (OBJ_VAR) or method (OBJ_FUNC); NULL if none */
    int *index;    /* the index path (arena), meaningful also on collision */
    int nindex;
    bool indirect; /* a pointer indirection on the path; with obj NULL and
                      nindex 0: the method needs a pointer receiver */
} Lookup;
/* LookupFieldOrMethod. Results as go/types: obj NULL and nindex > 0 means
 * an ambiguous selector; obj NULL, nindex 0, indirect: addressable
 * receiver required; otherwise not found. */
Lookup ty_lookup_field_or_method(Type *t, bool addressable, const Package *pkg, const Sym *name);
Lookup ty_lookup_impl(Type *t, bool addressable, const Package *pkg, const Sym *name, bool fold_case);
Type *ty_deref(Type *t, bool *is_ptr); /* *T → T (unaliased pointer only) */

/* The checker collects the methods of a Named before it checks their
 * signatures. Code here that needs a method's type calls ty_need_type,
 * which asks the hook of the checker running on this thread to declare
 * the object (go/types' objDecl from expandMethod and missingMethod).
 * ty_set_decl_hook returns the previous hook in *old (may be NULL). */
typedef struct TyDeclHook {
    void (*fn)(Object *obj, void *ctx);
    void *ctx;
} TyDeclHook;
void ty_set_decl_hook(TyDeclHook hook, TyDeclHook *old);
void ty_need_type(Object *obj);

/* Why V lacks a method of interface T (go/types' missingMethod states). */
typedef enum MissKind {
    MISS_NONE = 0,
    MISS_NOT_FOUND,   /* "(missing method %s)" (or an interface-pointer note) */
    MISS_WRONG_NAME,  /* a method differing in case: have f, want m */
    MISS_UNEXPORTED,  /* "(unexported method %s)" */
    MISS_WRONG_SIG,   /* "(wrong type for method %s)" have f, want m */
    MISS_AMBIGUOUS,   /* "(ambiguous selector %s.%s)" */
    MISS_PTR_RECV,    /* "(method %s has pointer receiver)" */
    MISS_FIELD,       /* "(%s.%s is a field, not a method)" */
} MissKind;
typedef struct Missing {
    MissKind kind;
    Object *method; /* m: the method of T */
    Object *have;   /* f: V's method when found (wrong name / signature) */
} Missing;
typedef bool (*TyEquivFn)(Type *x, Type *y, void *ctx);
/* static: V's interface methods must all be present (else only common
 * ones are compared). equiv NULL means ty_identical. */
Missing ty_missing_method(Type *v, Type *t, bool stat, TyEquivFn equiv, void *ctx);
/* go/types' hasAllMethods: no method missing (or V invalid, or V has
 * invalid embedded fields: no follow-on errors). */
bool ty_has_all_methods(Type *v, Type *t, bool stat, TyEquivFn equiv, void *ctx, Missing *miss);
bool ty_is_interface_ptr(Type *t);
bool ty_has_invalid_embedded_fields(Type *t);

/* ---- method sets (methodset.c) ------------------------------------------ */

typedef enum SelKind {
    SEL_FIELD_VAL = 1, /* x.f is a struct field selector */
    SEL_METHOD_VAL,    /* x.m is a method value (method sets hold these) */
    SEL_METHOD_EXPR,   /* T.m is a method expression */
} SelKind;

/* A Selection describes a selector x.f or a method set entry (go/types'
 * Selection); kind and recv are set by the checker, method sets leave
 * them zero. */
typedef struct Selection {
    Object *obj;   /* the field (OBJ_VAR) or method (OBJ_FUNC) */
    int *index;    /* path through embedded fields; last is obj's index */
    int nindex;
    bool indirect; /* a pointer indirection was needed */
    SelKind kind;
    Type *recv;    /* type of x */
} Selection;
typedef struct MethodSet {
    Selection *list; /* sorted by obj_id (string order) */
    int n;
} MethodSet;
MethodSet ty_method_set(Type *t);
Selection *ms_lookup(const MethodSet *ms, const Package *pkg, const Sym *name);

/* ---- substitution and instantiation (subst.c, instantiate.c) ------------ */

/* A Context deduplicates instances: identical origin and type arguments
 * give the same Type*. ty_context() is the shared long-lived one. */
typedef struct TyContext TyContext;
TyContext *ty_context_new(void);
TyContext *ty_context(void);
char *ty_type_hash(Type *t); /* canonical-ish key, malloc'd */
/* The instance of orig[targs] recorded in ctx, or NULL; update records inst
 * unless an identical instance is there, and returns the one kept. */
Type *ty_context_lookup(TyContext *ctx, Type *orig, Type **targs, int n);
Type *ty_context_update(TyContext *ctx, Type *orig, Type **targs, int n, Type *inst);

typedef struct SubstMap {
    Type **tparams; /* T_TYPEPARAM */
    Type **targs;
    int n;
} SubstMap;
/* Substitute through every kind; unchanged parts are shared, so the result
 * is t itself when nothing changes. Generic signatures that are not being
 * instantiated get fresh type parameters. */
Type *ty_subst(Type *t, SubstMap m, TyContext *ctx);
Type *ty_typeparam(Object *obj, Type *bound, int index); /* new T_TYPEPARAM */

/* Instantiate a generic Named, Alias or Signature (no verification; the
 * caller checked the argument count, NULL on mismatch). */
Type *ty_instantiate(Type *orig, Type **targs, int ntargs, TyContext *ctx);
/* ty_named_underlying (expands an instance lazily) is declared above */
int ty_named_nmethods(Type *named);       /* the origin's count */
Object *ty_named_method(Type *named, int i); /* instance methods expanded lazily */
Object *ty_named_lookup_method(Type *named, const Package *pkg, const Sym *name, bool fold_case, int *index);
Type *ty_origin(Type *t);                 /* Named/Alias origin; else t */

/* implements/satisfies with go/types' causes. */
typedef enum ImplKind {
    IMPL_OK = 0,
    IMPL_NOT_IFACE,      /* "%s does not %s %s (%s is not an interface)" */
    IMPL_IFACE_PTR,      /* ... (type %s is pointer to interface, not interface) */
    IMPL_EMPTY_TYPESET,  /* "cannot %s %s (empty type set)" */
    IMPL_MISSING,        /* "%s does not %s %s %s": miss gives the cause */
    IMPL_NOT_SUBSET,     /* "%s does not %s %s" (V's type set not a subset) */
    IMPL_MISSING_TILDE,  /* "(possibly missing ~ for %s in %s)": alt */
    IMPL_MENTIONS,       /* "(%s mentions %s, but %s is not in the type set of %s)" */
    IMPL_NOT_IN_SET,     /* "(%s missing in %s)": the term list */
    IMPL_NOT_COMPARABLE, /* "%s does not %s comparable" */
} ImplKind;
typedef struct ImplCause {
    ImplKind kind;
    Missing miss; /* IMPL_MISSING */
    Type *alt;    /* IMPL_MISSING_TILDE */
} ImplCause;
/* constraint: satisfaction (verb "satisfy", comparable relaxed as in
 * Go 1.20+). cause may be NULL. */
bool ty_implements(Type *v, Type *t, bool constraint, ImplCause *cause);
/* verify: index of the first type argument not satisfying its
 * (substituted) constraint, or -1. */
int ty_verify(Type **tparams, Type **targs, int n, TyContext *ctx, ImplCause *cause);

/* ---- unification and inference (unify.c, infer.c) ------------------------ */

/* A Unifier maps the type parameters it is given to inferred types (NULL
 * while unknown); unify matches x against y, binding those parameters.
 * Modes as go/types: inexact (0) ignores channel directions and compares a
 * defined type with a type literal by its underlying type; assign allows
 * that only at the top level; exact requires identical structure. */
typedef struct Unifier Unifier;
enum { UNIFY_INEXACT = 0, UNIFY_ASSIGN = 1, UNIFY_EXACT = 2 };
/* iface_inference: go1.21+ inexact unification of interfaces by methods. */
Unifier *ty_unifier_new(Type **tparams, int n, Type **targs, int ntargs, bool iface_inference);
void ty_unifier_free(Unifier *u);
bool ty_unify(Unifier *u, Type *x, Type *y, int mode);
Type *ty_unifier_at(Unifier *u, Type *tparam);
void ty_unifier_set(Unifier *u, Type *tparam, Type *t);
int ty_unifier_unknowns(Unifier *u);
Type **ty_unifier_inferred(Unifier *u); /* arena array in tparams order */

/* An argument of a call, for inference: its type (an untyped Basic for an
 * untyped constant) and whether it is the untyped nil. */
typedef struct InferArg {
    Type *type;
    bool is_nil;
} InferArg;

/* Why inference failed, with what the checker needs to word it. */
typedef enum InferErrKind {
    INF_OK = 0,
    INF_ARG_NONE,      /* "type %s of %s does not match %s (cannot infer %s)": targ, arg, tpar */
    INF_ARG_INFERRED,  /* "type %s of %s does not match inferred type %s for %s": targ, arg, inferred, tpar
                          (reverse: "inferred type %s for %s does not match type %s of %s") */
    INF_ARG,           /* "type %s of %s does not match %s": targ, arg, tpar */
    INF_CORE,          /* "%s (type %s) does not satisfy %s": tpar, targ, constraint */
    INF_METHODS,       /* "%s (type %s) does not satisfy %s %s": ... miss gives the cause */
    INF_UNTYPED,       /* "mismatched types %s and %s (cannot infer %s)": t1, t2, tpar */
    INF_CANNOT_INFER,  /* "cannot infer %s (declared at %v)": tpar */
} InferErrKind;
typedef struct InferErr {
    InferErrKind kind;
    int arg;        /* index of the argument involved, or -1 */
    Type *tpar;     /* the type parameter involved */
    Type *targ;     /* the argument type / the type inferred so far */
    Type *inferred; /* INF_ARG_INFERRED */
    Type *t1, *t2;  /* INF_UNTYPED */
    Missing miss;   /* INF_METHODS */
} InferErr;

/* go/types' infer: complete targs (ntargs <= n, NULL entries unknown) from
 * the call's parameter tuple params (len = nargs) and arguments, then the
 * constraints' core types and methods, then untyped constants (the largest
 * untyped numeric kind per parameter, defaulted), and finally simplify.
 * Returns the n inferred types (arena) or NULL with *err filled in. */
Type **ty_infer(Type **tparams, int n, Type **targs, int ntargs, Type *params, const InferArg *args, int nargs,
                bool go121, InferErr *err);
bool ty_is_parameterized(Type **tparams, int n, Type *t);

#endif
