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

extern const uint8_t lex_precs[TK_COUNT]; /* tok_prec's table (lex.c) */

/* parse.c */
void parse_init_sets(void);
SYN_COLD Pos parse_expect_slow(Parser *p, Tok t, const char *context);
void parse_progress(Parser *p, Pos before);
SYN_COLD void parse_syntax_error(Parser *p, Pos pos, const char *msg);
SYN_COLD void parse_error(Parser *p, Pos pos, const char *msg);
void parse_advance(Parser *p, const bool *to);
void parse_expect_semi(Parser *p, const char *context);
bool parse_at_comma(Parser *p, const char *context, Tok follow);
AstList parse_list(Parser *p, int mark);
SYN_COLD void parse_grow_stack(Parser *p);
void *parse_cut_slow(Parser *p, size_t size);
SYN_COLD bool parse_too_deep(Parser *p);
extern bool parse_stmt_start[TK_COUNT], parse_decl_start[TK_COUNT], parse_expr_end[TK_COUNT], parse_stmt_end[TK_COUNT],
    parse_clause_start[TK_COUNT];

/* The hot small steps, inline: every token and node goes through them. */

static inline void parse_next(Parser *p) {
    if (p->stop || p->errs.stopped) {
        p->tok = TK_EOF;
        return;
    }
    p->prevend = (uint32_t)(p->lx.p - p->lx.src);
    p->tok = lex_next(&p->lx);
    p->pos = (Pos){p->lx.file, p->lx.tline, p->lx.tcol};
}

/* parse_expect consumes a t (reporting its absence: "expected T", or
 * context) and returns its position. */
static inline Pos parse_expect(Parser *p, Tok t, const char *context) {
    if (p->tok != t) return parse_expect_slow(p, t, context);
    Pos pos = p->pos;
    parse_next(p);
    return pos;
}

static inline bool parse_got(Parser *p, Tok t) {
    if (p->tok != t) return false;
    parse_next(p);
    return true;
}

/* parse_cut returns size (a multiple of 8) zeroed bytes from the current
 * block; one zeroed block for many nodes is cheaper than zeroing each. */
static inline void *parse_cut(Parser *p, size_t size) {
    if ((size_t)(p->blkend - p->blk) < size) return parse_cut_slow(p, size);
    void *q = p->blk;
    p->blk += size;
    return q;
}

static inline AstNode *parse_node(Parser *p, AstKind k, Pos pos) {
    AstNode *n = parse_cut(p, ast_node_size[k]);
    n->kind = (uint8_t)k;
    n->pos = pos;
    return n;
}

static inline void parse_push(Parser *p, AstNode *n) {
    if (p->sn == p->scap) parse_grow_stack(p);
    p->stk[p->sn++] = n;
}

/* parse_enter counts one level of recursion; false (and EOF from now on)
 * past gc's nesting limit. */
enum { PARSE_MAX_NEST = 4000 };
static inline bool parse_enter(Parser *p) { return ++p->nest <= PARSE_MAX_NEST || parse_too_deep(p); }
static inline void parse_leave(Parser *p) { p->nest--; }

/* parse_expr.c */
AstNode *parse_ident(Parser *p);
AstNode *parse_bad(Parser *p, Pos from);
AstNode *parse_expr(Parser *p);
AstNode *parse_rhs(Parser *p);
AstList parse_expr_list(Parser *p, bool inrhs);
AstNode *parse_binary(Parser *p, AstNode *x, int prec1);
AstNode *parse_primary(Parser *p, AstNode *x);
AstNode *parse_type(Parser *p);
AstNode *parse_try_type(Parser *p);
AstNode *parse_array_type(Parser *p, Pos lbrack, AstNode *len);
AstNode *parse_params(Parser *p, bool result);
AstNode *parse_param_list_fields(Parser *p, AstNode *name0, AstNode *typ0, Tok closing, Pos opening);
AstNode *parse_type_params(Parser *p);
AstNode *parse_literal_value(Parser *p, AstNode *type);
AstNode *parse_func_type_or_lit(Parser *p);
AstNode *parse_unparen(AstNode *x);

/* parse_stmt.c */
AstNode *parse_stmt(Parser *p);
AstNode *parse_block(Parser *p);
AstNode *parse_block_after(Parser *p, const char *what);
AstList parse_stmt_list(Parser *p);

/* parse_decl.c */
AstNode *parse_decl(Parser *p, const bool *sync);
AstNode *parse_gen_decl(Parser *p, Tok keyword);

#endif
