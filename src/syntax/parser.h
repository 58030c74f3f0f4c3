/* parser.h: internal interface between the parser's files (parse.c: core
 * and files, parse_expr.c: expressions and types, parse_stmt.c:
 * statements, parse_decl.c: declarations). The parser follows go/parser's
 * grammar decisions exactly (so the tree equals go/ast's) and reports
 * errors with gc's wording. */
#ifndef GOESC_SYNTAX_PARSER_H
#define GOESC_SYNTAX_PARSER_H

#include "syntax/syntax.h"

typedef struct Parser {
    Lexer lx;
    Tok tok;         /* current token */
    Pos pos;         /* its position */
    Arena *arena;
    SynErrors errs;
    AstFile *af;
    int exprlev;     /* < 0: in control clause, >= 0: in expression */
    bool inrhs;      /* '=' is '==' (error recovery) */
    bool stop;       /* give up: every further token is EOF */
    int nest;        /* recursion depth */
    Pos syncpos;     /* advance's progress guard */
    int synccnt;
    int ndir;        /* directives already attached to declarations */
    int fnest;       /* block nesting: 0 at top level */
    const char *declctx; /* how a spec's missing semicolon is reported */
    uint32_t prevend;    /* byte offset just after the previous token */
    uint32_t simple_from, simple_to; /* source range of the last simple statement */
    char *blk, *blkend; /* zeroed arena block nodes are cut from */
    AstNode **stk;   /* scratch stack for lists */
    int sn, scap;
} Parser;

/* parse.c */
void p_init_sets(void);
void p_next(Parser *p);
Pos p_expect(Parser *p, Tok t, const char *context);
bool p_got(Parser *p, Tok t);
void p_syntax_error(Parser *p, Pos pos, const char *msg);
void p_error(Parser *p, Pos pos, const char *msg);
void p_advance(Parser *p, const bool *to);
void p_expect_semi(Parser *p, const char *context);
bool p_at_comma(Parser *p, const char *context, Tok follow);
AstNode *p_node(Parser *p, AstKind k, Pos pos);
void p_push(Parser *p, AstNode *n);
AstList p_list(Parser *p, int mark);
bool p_enter(Parser *p);
void p_leave(Parser *p);
extern bool p_stmt_start[TK_COUNT], p_decl_start[TK_COUNT], p_expr_end[TK_COUNT], p_stmt_end[TK_COUNT],
    p_clause_start[TK_COUNT];

/* parse_expr.c */
AstNode *p_ident(Parser *p);
AstNode *p_bad(Parser *p, Pos from);
AstNode *p_expr(Parser *p);
AstNode *p_rhs(Parser *p);
AstList p_expr_list(Parser *p, bool inrhs);
AstNode *p_binary(Parser *p, AstNode *x, int prec1);
AstNode *p_primary(Parser *p, AstNode *x);
AstNode *p_type(Parser *p);
AstNode *p_try_type(Parser *p);
AstNode *p_array_type(Parser *p, Pos lbrack, AstNode *len);
AstNode *p_params(Parser *p, bool result);
AstNode *p_param_list_fields(Parser *p, AstNode *name0, AstNode *typ0, Tok closing, Pos opening);
AstNode *p_type_params(Parser *p);
AstNode *p_literal_value(Parser *p, AstNode *type);
AstNode *p_func_type_or_lit(Parser *p);
AstNode *p_unparen(AstNode *x);

/* parse_stmt.c */
AstNode *p_stmt(Parser *p);
AstNode *p_block(Parser *p);
AstNode *p_block_after(Parser *p, const char *what);
AstList p_stmt_list(Parser *p);

/* parse_decl.c */
AstNode *p_decl(Parser *p, const bool *sync);
AstNode *p_gen_decl(Parser *p, Tok keyword);

#endif
