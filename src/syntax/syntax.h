/* syntax.h: the public header of the syntax stage (lexer, parser, AST,
 * AST dump).
 *
 *   AstFile *f = syn_parse_file(id, arena, &diags);   // id from file_add
 *   ... walk f->decls (see ast.h) ...
 *   ast_dump_file(f, stdout);                         // docs/ast-dump.md
 *   syn_print_errors(&diags, f->toomany, stderr);     // as gc prints them
 *
 * Syntax errors are added to the DiagList with gc's wording and filtering
 * (at most one syntax error per line, at most 10 errors, then "too many
 * errors" at f->toomany); the tree of a file with errors is still returned
 * but may hold Bad nodes. The tree equals go/parser's for valid files. */
#ifndef GOESC_SYNTAX_H
#define GOESC_SYNTAX_H

#include <stdio.h>

#include "base/base.h"
#include "syntax/ast.h"
#include "syntax/token.h"

/* syn_init sets up the stage's tables; call it once before parsing on
 * several threads (parsing calls it too). Parsing is thread-safe across
 * files: each thread keeps its own name cache in front of base's intern
 * table, which finds names without a lock. syn_intern is intern. */
void syn_init(void);
Sym *syn_intern(const char *s, size_t n);

/* ---- tokens ---------------------------------------------------------- */

const char *tok_string(Tok t); /* go/token's String(): "+", "func", "INT" */
int tok_prec(Tok t);           /* binary precedence, 0 if not binary */

/* ---- errors ---------------------------------------------------------- */

/* SynErrors filters errors as gc does and forwards them to a DiagList. */
typedef struct SynErrors {
    DiagList *out;
    uint32_t lastline; /* line of the last syntax error (0: none) */
    int count;         /* errors accepted so far */
    bool stopped;      /* the limit was reached: ignore further errors */
    Pos toomany;       /* where gc says "too many errors" (file 0: not) */
} SynErrors;

/* SYN_COLD marks the error paths, so the compiler lays the hot paths
 * out straight. */
#ifdef __GNUC__
#define SYN_COLD __attribute__((cold))
#else
#define SYN_COLD
#endif

SYN_COLD void syn_error(SynErrors *e, Pos pos, const char *fmt, ...);

/* syn_print_errors prints a file's errors as gc does: sorted, then "too
 * many errors" (AstFile.toomany) when the limit was reached. */
void syn_print_errors(DiagList *dl, Pos toomany, FILE *fp);

/* ---- lexer ----------------------------------------------------------- */

/* Lexer scans one file. After lex_next, the current token is tok at
 * (line, col); literals have their text in lit/len (NUL-terminated in the
 * arena or the source) and their end in (eline, ecol); names have sym. */
typedef struct Lexer {
    const char *src, *p, *end, *linestart;
    uint32_t file, line;
    Tok tok;
    uint32_t tline, tcol;   /* position of tok */
    uint32_t toff;          /* byte offset of tok */
    uint32_t eline, ecol;   /* position just after tok */
    const char *lit;        /* literal text */
    uint32_t len;           /* its length */
    Sym *sym;               /* TK_IDENT: the interned name */
    bool implicit;          /* TK_SEMICOLON: inserted at newline or EOF */
    bool eofsemi;           /* implicit semicolon at EOF */
    bool nlsemi;            /* a newline now ends the statement */
    bool bad;               /* an error was reported in tok (a literal's BasicLit.Bad) */
    Arena *arena;
    SynErrors *errs;
    AstFile *af;            /* where directives go (may be NULL) */
} Lexer;

void lex_init(Lexer *lx, uint32_t file, const char *src, size_t n, Arena *arena, SynErrors *errs,
              AstFile *af);
Tok lex_next(Lexer *lx);

/* syn_line_directive applies a line directive the lexer found (gc's
 * parser.updateBase, linedir.c): text[0:n] follows "line " in the comment
 * starting at `at`, and the new base starts at `after` (the next line for
 * //line, just after the comment for a block comment). A valid directive
 * adds a LineBase to the file, a malformed one is an error. */
void syn_line_directive(SynErrors *errs, Pos at, Pos after, const char *text, size_t n);

/* Unicode classes for identifiers (exactly Go's unicode.IsLetter/IsDigit). */
bool uni_is_letter(uint32_t r);
bool uni_is_digit(uint32_t r);

/* utf8_decode decodes one rune of s[0..n); *size gets its length (1 for an
 * invalid encoding, which returns 0xFFFD). */
uint32_t utf8_decode(const char *s, size_t n, int *size);

/* ---- parser ---------------------------------------------------------- */

/* syn_parse_file parses file id (its text from file_get) into an AstFile
 * allocated in arena; errors go to diags. */
AstFile *syn_parse_file(uint32_t file, Arena *arena, DiagList *diags);

/* ---- AST helpers and dump -------------------------------------------- */

Pos ast_start(const AstNode *n); /* go/ast's Pos() */
Pos ast_end(const AstNode *n);   /* go/ast's End(): just after the node */
void ast_dump_file(const AstFile *f, FILE *fp);
void ast_quote(FILE *fp, const char *s, size_t n); /* strconv.QuoteToASCII */

#endif
