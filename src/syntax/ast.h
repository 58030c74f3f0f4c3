/* ast.h: the syntax tree, shaped like go/ast so the dump can equal it.
 *
 * Every node is an AstNode: a kind (N_*), a position and a union with one
 * struct per family of kinds. K(Kind, member) in AST_KINDS names the
 * union member each kind uses. Nodes and lists live in the file's arena;
 * a list is an AstList (pointer + count). All go/ast positions are kept, so
 * both go/ast's positions and gc's (a binary expression at its operator, a
 * call at its '(', a selector at the selected name) are at hand.
 *
 * A node is allocated with only the union member its kind uses (see
 * ast_node_size), so never copy an AstNode by value.
 *
 * AstNode.pos is the node's own position as gc reports it: the first
 * token position go/ast stores for the kind (Ident: the name, BinaryExpr:
 * the operator, CallExpr: '(', IndexExpr: '[', ...); for SelectorExpr it is
 * the selected name, and for kinds go/ast gives no position of their own
 * (FuncLit, Field, ExprStmt, ValueSpec, FuncDecl, ...) it is the start of
 * the node. ast_start gives go/ast's Pos(). */
#ifndef GOESC_SYNTAX_AST_H
#define GOESC_SYNTAX_AST_H

#include "base/base.h"
#include "syntax/token.h"

#define AST_KINDS(K)                                                         \
    K(Bad, bad)                     /* (BadExpr; errors only) */            \
    K(BadStmt, bad)                 /* (errors only) */                     \
    K(BadDecl, bad)                 /* (errors only) */                     \
    K(Ident, ident)                                                         \
    K(BasicLit, lit)                                                        \
    K(Ellipsis, ellipsis)                                                   \
    K(FuncLit, funclit)                                                     \
    K(CompositeLit, complit)                                                \
    K(ParenExpr, paren)                                                     \
    K(SelectorExpr, sel)                                                    \
    K(IndexExpr, index)             /* (index.x, index.index) */            \
    K(IndexListExpr, index)         /* (index.x, index.indices) */          \
    K(SliceExpr, slice)                                                     \
    K(TypeAssertExpr, assert)       /* (assert.type NULL for x.(type)) */   \
    K(CallExpr, call)                                                       \
    K(StarExpr, star)                                                       \
    K(UnaryExpr, unary)                                                     \
    K(BinaryExpr, binary)                                                   \
    K(KeyValueExpr, kv)                                                     \
    K(ArrayType, array)             /* (array.len NULL for slices) */       \
    K(StructType, strct)                                                    \
    K(FuncType, functype)                                                   \
    K(InterfaceType, iface)                                                 \
    K(MapType, map)                                                         \
    K(ChanType, chan)                                                       \
    K(Field, field)                                                         \
    K(FieldList, fields)                                                    \
    K(DeclStmt, declstmt)                                                   \
    K(EmptyStmt, empty)                                                     \
    K(LabeledStmt, labeled)                                                 \
    K(ExprStmt, exprstmt)                                                   \
    K(SendStmt, send)                                                       \
    K(IncDecStmt, incdec)                                                   \
    K(AssignStmt, assign)                                                   \
    K(GoStmt, gostmt)               /* (pos: the keyword) */                \
    K(DeferStmt, gostmt)                                                    \
    K(ReturnStmt, ret)                                                      \
    K(BranchStmt, branch)                                                   \
    K(BlockStmt, block)                                                     \
    K(IfStmt, ifstmt)                                                       \
    K(CaseClause, caseclause)                                               \
    K(SwitchStmt, switchstmt)       /* (switchstmt.tag) */                  \
    K(TypeSwitchStmt, switchstmt)   /* (switchstmt.assign) */               \
    K(CommClause, commclause)                                               \
    K(SelectStmt, selectstmt)                                               \
    K(ForStmt, forstmt)                                                     \
    K(RangeStmt, rangestmt)                                                 \
    K(ImportSpec, import)                                                   \
    K(ValueSpec, value)                                                     \
    K(TypeSpec, typespec)                                                   \
    K(GenDecl, gendecl)                                                     \
    K(FuncDecl, funcdecl)

typedef enum AstKind {
#define K(name, member) N_##name,
    AST_KINDS(K)
#undef K
    N_COUNT /* number of kinds */
} AstKind;

typedef struct AstNode AstNode;

/* AstList is a list of nodes in the arena. */
typedef struct AstList {
    AstNode **a;
    int n;
} AstList;

/* ChanType directions, as go/ast.ChanDir. */
enum { AST_SEND = 1, AST_RECV = 2 };

/* Function pragma flags (gc's ir.PragmaFlag subset that the syntax stage
 * sees), attached to the FuncDecl that follows them. */
#define AST_PRAGMAS(P)                                                       \
    P(NOINTERFACE, "go:nointerface")                                         \
    P(NOESCAPE, "go:noescape")                                               \
    P(NORACE, "go:norace")                                                   \
    P(NOSPLIT, "go:nosplit")                                                 \
    P(NOINLINE, "go:noinline")                                               \
    P(NOCHECKPTR, "go:nocheckptr")                                           \
    P(SYSTEMSTACK, "go:systemstack")                                         \
    P(NOWRITEBARRIER, "go:nowritebarrier")                                   \
    P(NOWRITEBARRIERREC, "go:nowritebarrierrec")                             \
    P(YESWRITEBARRIERREC, "go:yeswritebarrierrec")                           \
    P(CGOUNSAFEARGS, "go:cgo_unsafe_args")                                   \
    P(UINTPTRKEEPALIVE, "go:uintptrkeepalive")                               \
    P(UINTPTRESCAPES, "go:uintptrescapes")                                   \
    P(REGISTERPARAMS, "go:registerparams")                                   \
    P(NOTINHEAP, "go:notinheap")

enum {
#define P(name, text) AST_PRAGMA_BIT_##name,
    AST_PRAGMAS(P)
#undef P
};
enum {
#define P(name, text) PRAGMA_##name = 1u << AST_PRAGMA_BIT_##name,
    AST_PRAGMAS(P)
#undef P
};

struct AstNode {
    uint8_t kind; /* AstKind */
    Pos pos;      /* see the file comment */
    union {
        struct { Pos from, to; } bad;
        struct { Sym *name; } ident;
        struct {
            Tok kind;        /* TK_INT, TK_FLOAT, TK_IMAG, TK_CHAR, TK_STRING */
            Pos end;         /* ValueEnd: just after the literal */
            const char *val; /* source text (raw strings without \r), NUL-ended */
            uint32_t len;
            bool bad;        /* the lexer reported an error in it (syntax.BasicLit.Bad) */
        } lit;
        struct { AstNode *elt; } ellipsis; /* pos: the "..." */
        struct { AstNode *type, *body; } funclit;
        struct {
            AstNode *type; /* NULL when elided */
            Pos lbrace, rbrace;
            AstList elts;
            bool incomplete;
        } complit;
        struct { Pos lparen, rparen; AstNode *x; } paren;
        struct { AstNode *x, *sel; Pos dot; } sel; /* dot: the '.' (gc's position) */
        struct {
            AstNode *x;
            Pos lbrack, rbrack;
            AstNode *index;  /* IndexExpr */
            AstList indices; /* IndexListExpr */
        } index;
        struct {
            AstNode *x, *low, *high, *max;
            Pos lbrack, rbrack;
            bool slice3;
        } slice;
        struct { AstNode *x, *type; Pos lparen, rparen, dot; } assert; /* dot: gc's position */
        struct {
            AstNode *fun;
            Pos lparen, ellipsis, rparen; /* ellipsis: file 0 if none */
            AstList args;
        } call;
        struct { AstNode *x; } star; /* pos: the '*' */
        struct { Tok op; AstNode *x; } unary; /* pos: the operator */
        struct { Tok op; AstNode *x, *y; } binary; /* pos: the operator */
        struct { AstNode *key, *value; Pos colon; } kv;
        struct { AstNode *len, *elt; } array; /* pos: '['; len Ellipsis for [...]T */
        struct { AstNode *fields; bool incomplete; } strct; /* pos: "struct" */
        struct {
            Pos func; /* "func", or none in interface methods */
            AstNode *tparams, *params, *results; /* FieldLists or NULL */
        } functype;
        struct { AstNode *methods; bool incomplete; } iface; /* pos: "interface" */
        struct { AstNode *key, *value; } map; /* pos: "map" */
        struct { Pos arrow; int dir; AstNode *value; } chan; /* pos: Begin */
        struct { AstList names; AstNode *type, *tag; } field;
        struct { Pos opening, closing; AstList list; } fields;
        struct { AstNode *decl; } declstmt;
        struct { bool implicit; } empty; /* pos: the semicolon */
        struct { AstNode *label, *stmt; Pos colon; } labeled;
        struct { AstNode *x; } exprstmt;
        struct { AstNode *chan, *value; } send; /* pos: "<-" */
        struct { Tok tok; AstNode *x; } incdec; /* pos: the operator */
        struct { AstList lhs, rhs; Tok tok; } assign; /* pos: the operator */
        struct { AstNode *call; } gostmt; /* pos: "go" or "defer" */
        struct { AstList results; } ret; /* pos: "return" */
        struct { Tok tok; AstNode *label; } branch; /* pos: the keyword */
        struct { Pos lbrace, rbrace; AstList list; } block;
        struct { AstNode *init, *cond, *body, *els; } ifstmt; /* pos: "if" */
        struct { AstList list, body; Pos colon; } caseclause; /* pos: case/default */
        struct { AstNode *init, *tag, *assign, *body; } switchstmt; /* pos: "switch" */
        struct { AstNode *comm; AstList body; Pos colon; } commclause;
        struct { AstNode *body; } selectstmt; /* pos: "select" */
        struct { AstNode *init, *cond, *post, *body; } forstmt; /* pos: "for" */
        struct {
            AstNode *key, *value, *x, *body;
            Pos tokpos, range; /* tokpos: file 0 without key */
            Tok tok;           /* TK_DEFINE, TK_ASSIGN or TK_ILLEGAL */
        } rangestmt; /* pos: "for" */
        struct { AstNode *name, *path; Pos endpos; } import;
        struct { AstList names; AstNode *type; AstList values; } value;
        struct { AstNode *name, *tparams, *type; Pos assign; } typespec;
        struct { Tok tok; Pos lparen, rparen; AstList specs; } gendecl; /* pos: keyword */
        struct {
            AstNode *recv, *name, *type, *body; /* recv: FieldList or NULL */
            uint32_t pragmas;                   /* PRAGMA_* */
        } funcdecl;
    } u;
};

/* A recorded comment directive: //go:..., //line or a block-comment line
 * directive. */
typedef struct AstDirective {
    Pos pos;          /* of the comment's first slash */
    const char *text; /* comment text without its delimiters, NUL-ended */
} AstDirective;

typedef Vec(AstDirective) AstDirectives;

/* AstFile is one parsed file. */
typedef struct AstFile {
    uint32_t file;      /* file id (file_add) */
    Pos package;        /* "package" */
    AstNode *name;      /* package name (Ident) */
    AstList decls;      /* GenDecl / FuncDecl */
    AstList imports;    /* the ImportSpecs of all import decls */
    /* directive lists live in the arena: read-only after parsing */
    AstDirectives directives; /* every //go: directive, in order */
    AstDirectives lines;      /* //line and block-comment line directives */
    AstDirectives linknames;  /* //go:linkname */
    AstDirectives embeds;     /* //go:embed */
    AstDirectives builds;     /* //go:build (and // +build) lines */
    AstDirectives cgos;       /* //go:cgo_* */
    int nerrors;              /* syntax errors reported for this file */
    Pos toomany;              /* gc's "too many errors" position, file 0 if none */
    bool nofile;              /* errors up to the package clause's end: gc's parser gives
                                 up on the file (no later errors, no type checking) */
} AstFile;

extern const char *const ast_kind_names[N_COUNT];
extern const uint8_t ast_node_size[N_COUNT]; /* bytes allocated per kind */

#endif
