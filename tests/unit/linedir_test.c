/* linedir_test.c: unit tests of line directives: Go's path cleaning, gc's
 * reading of //line and block-comment directives (bases, errors), and
 * positions printed through them (gc's Format and types2's String). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syntax/syntax.h"

#include "check.h"

static void expect_clean(const char *in, const char *want) {
    char *got = path_clean(in, strlen(in));
    if (strcmp(got, want)) fprintf(stderr, "path_clean(%s) = %s, want %s\n", in, got, want);
    CHECK(!strcmp(got, want));
    free(got);
}

static void expect_short(const char *cwd, const char *dir, const char *path, const char *want) {
    char *got = path_short(cwd, dir, path);
    if (strcmp(got, want)) fprintf(stderr, "path_short(%s, %s, %s) = %s, want %s\n", cwd, dir, path, got, want);
    CHECK(!strcmp(got, want));
    free(got);
}

static void test_paths(void) {
    expect_clean("", ".");
    expect_clean("a//b/./c/", "a/b/c");
    expect_clean("sub/../r.go", "r.go");
    expect_clean("../../x", "../../x");
    expect_clean("/../x/./y/..", "/x");
    expect_clean("a/b/../../..", "..");
    expect_clean(" foo.go", " foo.go");
    char *d = path_dir("/t/a.go"), *j = path_join(d, "../b.go");
    CHECK(!strcmp(d, "/t") && !strcmp(j, "/b.go"));
    free(d), free(j);
    d = path_dir("a.go");
    CHECK(!strcmp(d, "."));
    free(d);
    expect_short("/w", "/w", "/w/a.go", "./a.go");
    expect_short("/w", "/w/s", "/w/s/a.go", "s/a.go");
    expect_short("/w", "/w", "/w/s/a.go", "./s/a.go");
    expect_short("/w/x/y", "/w/x/z", "/w/x/z/a.go", "../z/a.go");
    expect_short("/w/x/y", "/w/x/y", "/w/x/a.go", "../a.go");
    expect_short("/w/a/b/c", "/x", "/x/a.go", "/x/a.go");
    expect_short("/w", "/w", "/x/a.go", "/x/a.go");
}

/* parse parses src as file name and returns its id; errors go to dl. */
static uint32_t parse(const char *name, const char *src, DiagList *dl) {
    Arena *a = arena_new();
    uint32_t id = file_add(name, src, strlen(src));
    syn_parse_file(id, a, dl);
    arena_free(a);
    return id;
}

/* fmt is pos_format's text (flags 0) of (id, line, col). */
static const char *fmt(uint32_t id, uint32_t line, uint32_t col, int flags) {
    static char buf[256];
    StrBuf b = {0};
    pos_format(&b, (Pos){id, line, col}, flags);
    snprintf(buf, sizeof buf, "%s", b.s);
    sb_free(&b);
    return buf;
}

static void test_bases(void) {
    const char *src = "package p\n"             /* 1 */
                      "//line foo.go:10\n"      /* 2 */
                      "var a int\n"             /* 3: foo.go:10 */
                      "//line :20:5\n"          /* 4 */
                      "var b int\n"             /* 5: foo.go:20:5 */
                      "var c /*line bar.go:7:3*/ int\n" /* 6 */
                      "//line /abs/../q.go:99\n"        /* 7 */
                      "var d int\n"             /* 8 */
                      "//line :50\n"            /* 9 */
                      "var e int\n";            /* 10 */
    DiagList dl = {0};
    uint32_t id = parse("dir/a.go", src, &dl);
    CHECK(dl.v.n == 0);
    CHECK(file_get(id)->bases.n == 5);
    CHECK(!strcmp(fmt(id, 1, 1, 0), "dir/a.go:1:1"));
    CHECK(!strcmp(fmt(id, 3, 5, 0), "dir/foo.go:10"));
    CHECK(!strcmp(fmt(id, 5, 5, 0), "dir/foo.go:20:9"));
    CHECK(!strcmp(fmt(id, 5, 5, POS_NOCOL), "dir/foo.go:20"));
    CHECK(!strcmp(fmt(id, 6, 5, 0), "dir/foo.go:21:5"));     /* the next line: its own column */
    CHECK(!strcmp(fmt(id, 6, 27, 0), "dir/bar.go:7:4"));     /* "int": one past the comment's end */
    CHECK(!strcmp(fmt(id, 6, 300, 0), "dir/bar.go:7:232"));  /* gc keeps 8 bits of a column... */
    CHECK(!strcmp(fmt(id, 8, 5, 0), "/q.go:99"));
    CHECK(!strcmp(fmt(id, 10, 5, 0), ":50"));
    CHECK(!strcmp(fmt(id, 10, 5, POS_EXPORT), "??:50"));
    char *s = pos_in_msg((Pos){id, 6, 300});             /* ...types2's positions all */
    CHECK(!strcmp(s, "dir/bar.go:7:277[dir/a.go:6:300]"));
    free(s);
    s = pos_in_msg((Pos){id, 1, 9});
    CHECK(!strcmp(s, "dir/a.go:1:9"));
    free(s);
    CHECK(pos_base((Pos){id, 2, 1}) == 0 && pos_base((Pos){id, 3, 1}) == 1 && pos_base((Pos){id, 10, 1}) == 5);
    diag_free(&dl);
}

/* first_error parses a file with directive d after its first declaration
 * and returns its first error, "" if none. */
static const char *first_error(const char *d) {
    static char buf[256];
    char src[512];
    snprintf(src, sizeof src, "package p\nvar x int\n%s\nvar y int\n", d);
    DiagList dl = {0};
    uint32_t id = parse("e.go", src, &dl);
    buf[0] = 0;
    if (dl.v.n) snprintf(buf, sizeof buf, "%s: %s", fmt(id, dl.v.a[0].pos.line, dl.v.a[0].pos.col, 0), dl.v.a[0].msg);
    diag_free(&dl);
    return buf;
}

static void expect_error(const char *d, const char *want) {
    const char *got = first_error(d);
    if (strcmp(got, want)) fprintf(stderr, "%s: got %s, want %s\n", d, got, want);
    CHECK(!strcmp(got, want));
}

static void test_errors(void) {
    expect_error("//line foo.go:x", "e.go:3:15: invalid line number: x");
    expect_error("//line foo.go:0", "e.go:3:15: invalid line number: 0");
    expect_error("//line foo.go:10:0", "e.go:3:18: invalid column number: 0");
    expect_error("//line foo.go:10:y", "e.go:3:18: invalid line number: y");
    expect_error("//line :", "e.go:3:9: invalid line number: ");
    expect_error("//line foo.go:1073741825", "e.go:3:15: invalid line number: 1073741825");
    expect_error("//line foo.go:99999999999999999999", "e.go:3:15: invalid line number: 99999999999999999999");
    expect_error("//line foo.go:5:1073741825", "e.go:3:17: invalid column number: 1073741825");
    expect_error("//line foo.go:1_0", "e.go:3:15: invalid line number: 1_0");
    expect_error("/*line foo.go:5*/ /*line bar.go:x*/", "foo.go:5: invalid line number: x");
    expect_error("//line foo", "");
    expect_error(" //line foo.go:x", ""); /* not at the start of the line: a comment */
    expect_error("//line foo.go:y:10", "");
    /* an error before the first declaration: gc gives up on the file */
    DiagList dl = {0};
    Arena *a = arena_new();
    const char *src = "package p\n//line x.go:0\nvar a = )\n";
    AstFile *f = syn_parse_file(file_add("n.go", src, strlen(src)), a, &dl);
    CHECK(f->nofile && dl.v.n == 1);
    diag_free(&dl);
    arena_free(a);
}

int main(void) {
    test_paths();
    test_bases();
    test_errors();
    if (failures) fprintf(stderr, "linedir_test: %d failures\n", failures);
    return failures != 0;
}
