/* lex_test.c: unit tests of the lexer: tokens, positions, semicolon
 * insertion, literal forms, directives and lexical errors. */
#include <stdio.h>
#include <string.h>

#include "syntax/syntax.h"

#include "check.h"

/* toks lexes src and writes "TOK@line:col" (plus the literal text in
 * brackets for literals and names) for each token into out. */
static int toks(const char *src, char *out, size_t cap, DiagList *dl) {
    Arena *a = arena_new();
    SynErrors e = {0};
    e.out = dl;
    Lexer lx;
    lex_init(&lx, 1, src, strlen(src), a, &e, NULL);
    size_t n = 0;
    out[0] = 0;
    Tok t;
    do {
        t = lex_next(&lx);
        char lit[64] = "";
        if (t >= TK_IDENT && t <= TK_STRING) snprintf(lit, sizeof lit, "[%.*s]", (int)lx.len, lx.lit);
        if (t == TK_SEMICOLON && lx.implicit) snprintf(lit, sizeof lit, "[nl]");
        n += (size_t)snprintf(out + n, cap - n, "%s%s%s@%u:%u", n ? " " : "", tok_string(t), lit, lx.tline, lx.tcol);
    } while (t != TK_EOF && n < cap);
    arena_free(a);
    return e.count;
}

static void expect(const char *src, const char *want) {
    char got[4096];
    DiagList dl = {0};
    toks(src, got, sizeof got, &dl);
    if (strcmp(got, want) != 0) {
        failures++;
        fprintf(stderr, "lex %s\n  got  %s\n  want %s\n", src, got, want);
    }
    for (int i = 0; i < dl.v.n; i++) fprintf(stderr, "  unexpected error: %s\n", dl.v.a[i].msg);
    if (dl.v.n) failures++;
    diag_free(&dl);
}

static void expect_error(const char *src, const char *msg) {
    char got[4096];
    DiagList dl = {0};
    toks(src, got, sizeof got, &dl);
    bool found = false;
    for (int i = 0; i < dl.v.n; i++) found |= strstr(dl.v.a[i].msg, msg) != NULL;
    if (!found) {
        failures++;
        fprintf(stderr, "lex %s: want error containing \"%s\", got %d errors\n", src, msg, dl.v.n);
    }
    diag_free(&dl);
}

static void test_tokens(void) {
    expect("a+b", "IDENT[a]@1:1 +@1:2 IDENT[b]@1:3 ;[nl]@1:4 EOF@1:4");
    expect("x <<= 1 &^ y", "IDENT[x]@1:1 <<=@1:3 INT[1]@1:7 &^@1:9 IDENT[y]@1:12 ;[nl]@1:13 EOF@1:13");
    expect("a...b.c", "IDENT[a]@1:1 ...@1:2 IDENT[b]@1:5 .@1:6 IDENT[c]@1:7 ;[nl]@1:8 EOF@1:8");
    expect("<-ch ~int", "<-@1:1 IDENT[ch]@1:3 ~@1:6 IDENT[int]@1:7 ;[nl]@1:10 EOF@1:10");
    expect("func if else", "func@1:1 if@1:6 else@1:9 EOF@1:13");
    expect("\tx", "IDENT[x]@1:2 ;[nl]@1:3 EOF@1:3");
    expect("\xEF\xBB\xBFpackage", "package@1:4 EOF@1:11");
    expect("héllo := 1", "IDENT[héllo]@1:1 :=@1:8 INT[1]@1:11 ;[nl]@1:12 EOF@1:12");
    expect("x１", "IDENT[x１]@1:1 ;[nl]@1:5 EOF@1:5"); /* fullwidth digit */
}

static void test_semicolons(void) {
    expect("x\ny", "IDENT[x]@1:1 ;[nl]@1:2 IDENT[y]@2:1 ;[nl]@2:2 EOF@2:2");
    expect("return\n", "return@1:1 ;[nl]@1:7 EOF@2:1");
    expect("x // c\ny", "IDENT[x]@1:1 ;[nl]@1:7 IDENT[y]@2:1 ;[nl]@2:2 EOF@2:2");
    expect("x /* a\nb */ y", "IDENT[x]@1:1 ;[nl]@1:7 IDENT[y]@2:6 ;[nl]@2:7 EOF@2:7");
    expect("x /* c */\n", "IDENT[x]@1:1 ;[nl]@1:10 EOF@2:1");
    expect("f(\n)\n", "IDENT[f]@1:1 (@1:2 )@2:1 ;[nl]@2:2 EOF@3:1");
    expect("i++\n}", "IDENT[i]@1:1 ++@1:2 ;[nl]@1:4 }@2:1 ;[nl]@2:2 EOF@2:2");
    expect("a;b", "IDENT[a]@1:1 ;@1:2 IDENT[b]@1:3 ;[nl]@1:4 EOF@1:4");
}

static void test_literals(void) {
    expect("0 0x1F 0b101 0o17 017 1_000", "INT[0]@1:1 INT[0x1F]@1:3 INT[0b101]@1:8 INT[0o17]@1:14 INT[017]@1:19 "
                                          "INT[1_000]@1:23 ;[nl]@1:28 EOF@1:28");
    expect("1.5 .5 1e9 1E-3 0x1p-2 0x1.8p3 1.", "FLOAT[1.5]@1:1 FLOAT[.5]@1:5 FLOAT[1e9]@1:8 FLOAT[1E-3]@1:12 "
                                                "FLOAT[0x1p-2]@1:17 FLOAT[0x1.8p3]@1:24 FLOAT[1.]@1:32 ;[nl]@1:34 EOF@1:34");
    expect("2i 1.5i 0x1p2i 0128i", "IMAG[2i]@1:1 IMAG[1.5i]@1:4 IMAG[0x1p2i]@1:9 IMAG[0128i]@1:16 ;[nl]@1:21 EOF@1:21");
    expect("'a' '\\n' '\\x41' '\\u00e9' '\\U0001F600' '\\'' '\\377' 'é'",
           "CHAR['a']@1:1 CHAR['\\n']@1:5 CHAR['\\x41']@1:10 CHAR['\\u00e9']@1:17 CHAR['\\U0001F600']@1:26 "
           "CHAR['\\'']@1:39 CHAR['\\377']@1:44 CHAR['é']@1:51 ;[nl]@1:55 EOF@1:55");
    expect("\"a\\tb\\\"\"", "STRING[\"a\\tb\\\"\"]@1:1 ;[nl]@1:9 EOF@1:9");
    expect("`a\nb` x", "STRING[`a\nb`]@1:1 IDENT[x]@2:4 ;[nl]@2:5 EOF@2:5");
    expect("`a\r\nb`", "STRING[`a\nb`]@1:1 ;[nl]@2:3 EOF@2:3");
}

static void test_errors(void) {
    expect_error("0x", "hexadecimal literal has no digits");
    expect_error("09", "invalid digit '9' in octal literal");
    expect_error("1__0", "'_' must separate successive digits");
    expect_error("0x1.0", "hexadecimal mantissa requires a 'p' exponent");
    expect_error("1e", "exponent has no digits");
    expect_error("\"abc\n", "newline in string");
    expect_error("\"abc", "string not terminated");
    expect_error("`abc", "string not terminated");
    expect_error("''", "empty rune literal");
    expect_error("'ab'", "more than one character in rune literal");
    expect_error("'\\q'", "unknown escape");
    expect_error("'\\400'", "octal escape value 256 > 255");
    expect_error("\"\\uD800\"", "escape is invalid Unicode code point");
    expect_error("/* x", "comment not terminated");
    expect_error("a @ b", "invalid character U+0040 '@'");
    expect_error("x \xff", "invalid UTF-8 encoding");
    expect_error("x\xEF\xBB\xBF", "invalid BOM in the middle of the file");
}

static void test_directives(void) {
    const char *src = "//go:build linux\n\npackage p\n\n//go:noinline\n//go:nosplit\nfunc f() {}\n\n"
                      "//go:linkname g runtime.g\n//line foo.go:10\nfunc g()\n";
    Arena *a = arena_new();
    uint32_t id = file_add("dir.go", src, strlen(src));
    DiagList dl = {0};
    AstFile *f = syn_parse_file(id, a, &dl);
    CHECK(dl.v.n == 0);
    CHECK(f->builds.n == 1 && !strcmp(f->builds.a[0].text, "go:build linux"));
    CHECK(f->linknames.n == 1 && f->linknames.a[0].pos.line == 9);
    CHECK(f->lines.n == 1 && !strcmp(f->lines.a[0].text, "line foo.go:10"));
    CHECK(f->decls.n == 2);
    CHECK(f->decls.a[0]->u.funcdecl.pragmas == (PRAGMA_NOINLINE | PRAGMA_NOSPLIT | PRAGMA_NOCHECKPTR));
    CHECK(f->decls.a[1]->u.funcdecl.pragmas == 0);
    diag_free(&dl);
    arena_free(a);
}

int main(void) {
    test_tokens();
    test_semicolons();
    test_literals();
    test_errors();
    test_directives();
    if (failures) fprintf(stderr, "lex_test: %d failures\n", failures);
    return failures != 0;
}
