/* parse_test.c: unit tests of the parser: tree shapes for the ambiguous
 * corners of the grammar (checked through the dump) and gc-style syntax
 * errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syntax/syntax.h"

#include "check.h"

/* parse parses src as a file; returns the dump (malloc'd) and the errors
 * joined by newlines in *errs (malloc'd). */
static char *parse(const char *src, char **errs) {
    Arena *a = arena_new();
    uint32_t id = file_add("t.go", src, strlen(src));
    DiagList dl = {0};
    AstFile *f = syn_parse_file(id, a, &dl);
    char *out = NULL, *e = NULL;
    size_t n = 0, en = 0;
    FILE *fp = open_memstream(&out, &n);
    ast_dump_file(f, fp);
    fclose(fp);
    fp = open_memstream(&e, &en);
    syn_print_errors(&dl, f->toomany, fp);
    fclose(fp);
    diag_free(&dl);
    arena_free(a);
    *errs = e;
    return out;
}

/* shape checks that src parses without errors and its dump contains each
 * of the lines in want (separated by '|'), in order. */
static void shape(const char *src, const char *want) {
    char *errs, *d = parse(src, &errs);
    if (*errs) {
        failures++;
        fprintf(stderr, "parse %s: unexpected errors:\n%s", src, errs);
    }
    char *w = strdup(want), *save = NULL;
    const char *at = d;
    for (char *line = strtok_r(w, "|", &save); line; line = strtok_r(NULL, "|", &save)) {
        const char *hit = strstr(at, line);
        if (!hit) {
            failures++;
            fprintf(stderr, "parse %s: dump lacks \"%s\" (in order); dump:\n%s", src, line, d);
            break;
        }
        at = hit + strlen(line);
    }
    free(w);
    free(d);
    free(errs);
}

static void error(const char *src, const char *want) {
    char *errs, *d = parse(src, &errs);
    if (!strstr(errs, want)) {
        failures++;
        fprintf(stderr, "parse %s: want error \"%s\", got:\n%s", src, want, errs);
    }
    free(d);
    free(errs);
}

static void test_types(void) {
    shape("package p; type A [N]int", "Type: ArrayType Lbrack=1:19|Len: Ident NamePos=1:20 Name=\"N\"");
    shape("package p; type G[P any] int", "TypeParams: FieldList Opening=1:18 Closing=1:24|Names[0]: Ident NamePos=1:19");
    shape("package p; type A[P *C] int", "Type: ArrayType|Len: BinaryExpr OpPos=1:21 Op=*");
    shape("package p; type A[P *C,] int", "TypeParams: FieldList|Type: StarExpr Star=1:21");
    shape("package p; type A[P *struct{}] int", "TypeParams: FieldList|Type: StarExpr");
    shape("package p; type S[T ~int | string] struct{}", "Type: BinaryExpr OpPos=1:26 Op=||X: UnaryExpr OpPos=1:21 Op=~");
    shape("package p; type A = map[K]V", "TypeSpec Assign=1:19|Type: MapType");
    shape("package p; var c <-chan <-chan int", "ChanType Begin=1:18 Arrow=1:18 Dir=2|Value: ChanType Begin=1:25 Arrow=1:25 Dir=2");
    shape("package p; var c = (<-chan int)(nil)", "ChanType Begin=1:21 Arrow=1:21 Dir=2");
    shape("package p; var c chan<- int", "ChanType Begin=1:18 Arrow=1:22 Dir=1");
    shape("package p; type I interface{ M(); ~int; E[int] }",
          "Names[0]: Ident NamePos=1:30 Name=\"M\"|Type: FuncType Func=-|UnaryExpr OpPos=1:35 Op=~|IndexExpr");
    shape("package p; func f[K comparable, V any](m map[K]V) {}", "TypeParams: FieldList Opening=1:18|List[1]: Field");
    shape("package p; func f(a, b int, c ...string) (x int)", "List[0]: Field|Names[1]: Ident NamePos=1:22|Ellipsis Ellipsis=1:31");
    shape("package p; var x = f[int, string]", "IndexListExpr Lbrack=1:21 Rbrack=1:33");
    shape("package p; var a = [...]int{1, 2}", "CompositeLit Lbrace=1:28 Rbrace=1:33|ArrayType|Len: Ellipsis Ellipsis=1:21");
}

static void test_stmts(void) {
    shape("package p; func f() { if x == (T{}) {} }", "IfStmt If=1:23|Cond: BinaryExpr|CompositeLit");
    shape("package p; func f() { for range n {} }", "RangeStmt For=1:23 TokPos=- Tok=ILLEGAL Range=1:27");
    shape("package p; func f() { for k, v := range m {} }", "RangeStmt For=1:23 TokPos=1:32 Tok=:= Range=1:35");
    shape("package p; func f() { switch t := x.(type) { case int: } }", "TypeSwitchStmt Switch=1:23|Assign: AssignStmt|TypeAssertExpr");
    shape("package p; func f() { select { case v := <-c: case c <- 1: default: } }",
          "CommClause Case=1:32|Comm: AssignStmt|CommClause Case=1:47|Comm: SendStmt|CommClause Case=1:60");
    shape("package p; func f() { L: for { break L }; goto L }", "LabeledStmt Colon=1:24|BranchStmt TokPos=1:32 Tok=break");
    shape("package p; func f() { L:\n}", "LabeledStmt|Stmt: EmptyStmt Semicolon=2:1 Implicit=true");
    shape("package p; func f() { x, y = y, x; i++; go f(); defer g() }", "AssignStmt TokPos=1:28 Tok==|IncDecStmt|GoStmt Go=1:41|DeferStmt Defer=1:49");
    shape("package p; func f() { for i := 0; i < n; i++ {} }", "ForStmt For=1:23|Init: AssignStmt|Cond: BinaryExpr|Post: IncDecStmt");
    shape("package p; func f() { s = s[a:b:c] }", "SliceExpr Lbrack=1:28 Slice3=true Rbrack=1:34");
}

static void test_errors(void) {
    error("package p\nx := 1\n", "t.go:2:1: syntax error: non-declaration statement outside function body");
    error("package p\nfunc f() { f(a\n}\n", "t.go:2:15: syntax error: unexpected newline in argument list; possibly missing comma or )");
    error("package p\nfunc f() { if x {} else for {} }\n", "syntax error: else must be followed by if or statement block");
    error("package p\nfunc f() { x := }\n", "t.go:2:17: syntax error: unexpected }, expected expression");
    error("package p\nfunc f() { a b }\n", "t.go:2:14: syntax error: unexpected name b at end of statement");
    error("package p\nvar x = 'ab'\n", "t.go:2:9: more than one character in rune literal");
    error("func f() {}\n", "t.go:1:1: syntax error: package statement must be first");
    /* at most one syntax error per line; at most 10 errors */
    char src[4096] = "package p\nfunc f() {\n";
    for (int i = 0; i < 20; i++) strcat(src, "a b c\n");
    strcat(src, "}\n");
    char *errs, *d = parse(src, &errs);
    int lines = 0;
    for (char *q = errs; *q; q++) lines += *q == '\n';
    if (lines != 11) fprintf(stderr, "errors:\n%s", errs);
    CHECK(lines == 11);
    CHECK(strstr(errs, "too many errors") != NULL);
    free(d);
    free(errs);
}

static void test_robust(void) {
    /* deep nesting and garbage end in errors, not crashes */
    char *src = malloc(200000);
    strcpy(src, "package p\nvar x = ");
    size_t n = strlen(src);
    for (int i = 0; i < 50000; i++) src[n++] = '(';
    src[n] = 0;
    char *errs, *d = parse(src, &errs);
    CHECK(*errs != 0);
    free(d);
    free(errs);
    free(src);
    d = parse("package p\nconst (\n\tx = 1\n}\n\tgo f()\n)\n", &errs); /* once hung */
    CHECK(*errs != 0);
    free(d);
    free(errs);
    d = parse("package p\nfunc ((((([[[{{{", &errs);
    CHECK(*errs != 0);
    free(d);
    free(errs);
}

int main(void) {
    test_types();
    test_stmts();
    test_errors();
    test_robust();
    if (failures) fprintf(stderr, "parse_test: %d failures\n", failures);
    return failures != 0;
}
