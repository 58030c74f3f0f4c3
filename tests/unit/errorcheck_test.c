/* errorcheck_test.c: the harness rules of report/errorcheck.c. */
#include <stdio.h>
#include <string.h>

#include "report/report.h"

#include "check.h"

static const char src[] =
    "// errorcheck -0 -m -l\n"
    "package p\n"
    "func f(p *int) { // ERROR \"leaking param: p$\"\n"
    "\tx := 1 // ERROR \"moved to heap: x\" \"declared at LINE:2\"\n"
    "\t_ = []int{} // ERROR `ignored` \"\\[\\]int\\{\\.\\.\\.\\} does not escape\"\n"
    "\t//// ERROR \"disabled\"\n"
    "}\n";

static bool run(char **out, int n, StrBuf *rep) {
    sb_reset(rep);
    return rep_errorcheck(src, "x.go", out, n, false, rep);
}

int main(void) {
    const char *kind = NULL;
    char **flags = rep_errorcheck_flags(src, &kind);
    CHECK(flags && !strcmp(kind, "errorcheck"));
    CHECK(flags && !strcmp(flags[0], "-m") && !strcmp(flags[1], "-l") && flags[2] == NULL);
    rep_free_flags(flags);
    CHECK(rep_errorcheck_flags("// run\npackage p\n", &kind) == NULL);
    flags = rep_errorcheck_flags("// errorcheck -0 -t 10 -godebug x=1 -d=panic rest -m\n", &kind);
    CHECK(flags && !strcmp(flags[0], "-godebug=x=1") && !strcmp(flags[1], "-d=panic") && flags[2] == NULL);
    rep_free_flags(flags);
    CHECK(rep_errorcheck_must_fail("// errorcheck -m\n"));
    CHECK(!rep_errorcheck_must_fail("//go:build amd64\n\n// errorcheck -0 -m\n"));
    CHECK(rep_errorcheck_must_fail("// errorcheck -0 -1\n"));

    StrBuf rep = {0};
    char *good[] = {"x.go:3:8: leaking param: p", "x.go:4:2: moved to heap: x", "x.go:4:2: x declared at x.go:4:2",
                    "x.go:5:11: []int{...} does not escape", "x.go:5:11: []int{...} does not escape",
                    "other.go:9:1: not ours"};
    CHECK(run(good, 6, &rep));
    char *extra[] = {"x.go:3:8: leaking param: p", "x.go:4:2: moved to heap: x",
                     "x.go:5:11: []int{...} does not escape", "x.go:6:1: surprise"};
    CHECK(!run(extra, 4, &rep) && strstr(rep.s, "unmatched: x.go:6:1: surprise"));
    char *wrong[] = {"x.go:3:8: leaking param: p to result", "x.go:4:2: moved to heap: x",
                     "x.go:5:11: []int{...} does not escape"};
    CHECK(!run(wrong, 3, &rep) && strstr(rep.s, "x.go:3: no match"));
    char *missing[] = {"x.go:4:2: moved to heap: x", "x.go:5:11: []int{...} does not escape"};
    CHECK(!run(missing, 2, &rep) && strstr(rep.s, "x.go:3: missing error"));
    sb_free(&rep);
    if (failures) fprintf(stderr, "errorcheck_test: %d failures\n", failures);
    return failures != 0;
}
