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
    Map names;          /* Sym* -> Object* */
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
Package *pkg_new(const char *path, Sym *name);

/* ---- queries ------------------------------------------------------------ */

Type *ty_underlying(Type *t); /* resolves Named and Alias */
Type *ty_unalias(Type *t);
bool ty_is_basic(Type *t, BasicInfo info); /* underlying basic with info bits */
bool ty_is_untyped(Type *t);
bool ty_is_typed(Type *t);
bool ty_is_interface(Type *t);
bool ty_is_typeparam(Type *t);

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

#endif
