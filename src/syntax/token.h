/* token.h: the token list of Go, as an X-macro.
 *
 * TOKEN(name, text, prec): TK_name is the enum constant, text is what
 * go/token's Token.String() prints (the dump uses it), prec is the binary
 * operator precedence (0: not a binary operator). Keywords come last, in a
 * contiguous block from TK_BREAK to TK_VAR, so gc's "keyword X" wording
 * and keyword lookup can test a range. */
#ifndef GOESC_SYNTAX_TOKEN_H
#define GOESC_SYNTAX_TOKEN_H

#define TOKENS(TOKEN)                                                        \
    TOKEN(ILLEGAL, "ILLEGAL", 0) /* invalid input */                         \
    TOKEN(EOF, "EOF", 0)         /* end of file */                           \
    TOKEN(COMMENT, "COMMENT", 0) /* never returned: comments are skipped */   \
    TOKEN(IDENT, "IDENT", 0)     /* name */                                  \
    TOKEN(INT, "INT", 0)         /* integer literal */                       \
    TOKEN(FLOAT, "FLOAT", 0)     /* floating-point literal */                \
    TOKEN(IMAG, "IMAG", 0)       /* imaginary literal */                     \
    TOKEN(CHAR, "CHAR", 0)       /* rune literal */                          \
    TOKEN(STRING, "STRING", 0)   /* string literal */                        \
    TOKEN(ADD, "+", 4)                                                       \
    TOKEN(SUB, "-", 4)                                                       \
    TOKEN(MUL, "*", 5)                                                       \
    TOKEN(QUO, "/", 5)                                                       \
    TOKEN(REM, "%", 5)                                                       \
    TOKEN(AND, "&", 5)                                                       \
    TOKEN(OR, "|", 4)                                                        \
    TOKEN(XOR, "^", 4)                                                       \
    TOKEN(SHL, "<<", 5)                                                      \
    TOKEN(SHR, ">>", 5)                                                      \
    TOKEN(AND_NOT, "&^", 5)                                                  \
    TOKEN(ADD_ASSIGN, "+=", 0)                                               \
    TOKEN(SUB_ASSIGN, "-=", 0)                                               \
    TOKEN(MUL_ASSIGN, "*=", 0)                                               \
    TOKEN(QUO_ASSIGN, "/=", 0)                                               \
    TOKEN(REM_ASSIGN, "%=", 0)                                               \
    TOKEN(AND_ASSIGN, "&=", 0)                                               \
    TOKEN(OR_ASSIGN, "|=", 0)                                                \
    TOKEN(XOR_ASSIGN, "^=", 0)                                               \
    TOKEN(SHL_ASSIGN, "<<=", 0)                                              \
    TOKEN(SHR_ASSIGN, ">>=", 0)                                              \
    TOKEN(AND_NOT_ASSIGN, "&^=", 0)                                          \
    TOKEN(LAND, "&&", 2)                                                     \
    TOKEN(LOR, "||", 1)                                                      \
    TOKEN(ARROW, "<-", 0)                                                    \
    TOKEN(INC, "++", 0)                                                      \
    TOKEN(DEC, "--", 0)                                                      \
    TOKEN(EQL, "==", 3)                                                      \
    TOKEN(LSS, "<", 3)                                                       \
    TOKEN(GTR, ">", 3)                                                       \
    TOKEN(ASSIGN, "=", 0)                                                    \
    TOKEN(NOT, "!", 0)                                                       \
    TOKEN(NEQ, "!=", 3)                                                      \
    TOKEN(LEQ, "<=", 3)                                                      \
    TOKEN(GEQ, ">=", 3)                                                      \
    TOKEN(DEFINE, ":=", 0)                                                   \
    TOKEN(ELLIPSIS, "...", 0)                                                \
    TOKEN(LPAREN, "(", 0)                                                    \
    TOKEN(LBRACK, "[", 0)                                                    \
    TOKEN(LBRACE, "{", 0)                                                    \
    TOKEN(COMMA, ",", 0)                                                     \
    TOKEN(PERIOD, ".", 0)                                                    \
    TOKEN(RPAREN, ")", 0)                                                    \
    TOKEN(RBRACK, "]", 0)                                                    \
    TOKEN(RBRACE, "}", 0)                                                    \
    TOKEN(SEMICOLON, ";", 0)                                                 \
    TOKEN(COLON, ":", 0)                                                     \
    TOKEN(TILDE, "~", 0)                                                     \
    TOKEN(BREAK, "break", 0) /* first keyword */                             \
    TOKEN(CASE, "case", 0)                                                   \
    TOKEN(CHAN, "chan", 0)                                                   \
    TOKEN(CONST, "const", 0)                                                 \
    TOKEN(CONTINUE, "continue", 0)                                           \
    TOKEN(DEFAULT, "default", 0)                                             \
    TOKEN(DEFER, "defer", 0)                                                 \
    TOKEN(ELSE, "else", 0)                                                   \
    TOKEN(FALLTHROUGH, "fallthrough", 0)                                     \
    TOKEN(FOR, "for", 0)                                                     \
    TOKEN(FUNC, "func", 0)                                                   \
    TOKEN(GO, "go", 0)                                                       \
    TOKEN(GOTO, "goto", 0)                                                   \
    TOKEN(IF, "if", 0)                                                       \
    TOKEN(IMPORT, "import", 0)                                               \
    TOKEN(INTERFACE, "interface", 0)                                         \
    TOKEN(MAP, "map", 0)                                                     \
    TOKEN(PACKAGE, "package", 0)                                             \
    TOKEN(RANGE, "range", 0)                                                 \
    TOKEN(RETURN, "return", 0)                                               \
    TOKEN(SELECT, "select", 0)                                               \
    TOKEN(STRUCT, "struct", 0)                                               \
    TOKEN(SWITCH, "switch", 0)                                               \
    TOKEN(TYPE, "type", 0)                                                   \
    TOKEN(VAR, "var", 0) /* last keyword */

typedef enum Tok {
#define TOKEN(name, text, prec) TK_##name,
    TOKENS(TOKEN)
#undef TOKEN
    TK_COUNT /* number of tokens */
} Tok;

#define TK_FIRST_KEYWORD TK_BREAK
#define TK_LAST_KEYWORD TK_VAR

#endif
