/* escape_test.c: unit tests of the escape stage's leak sets and tags
 * (gc's escape/leaks.go: derefs stored +1, minimum kept, Optimize, the
 * tag string importers read). */
#include <string.h>

#include "escape/esc.h"

#include "check.h"

static EscLeaks none(void) {
    EscLeaks l;
    memset(&l, 0, sizeof l);
    return l;
}

static const char *encode(EscLeaks l) {
    static StrBuf b;
    sb_reset(&b);
    esc_leaks_encode(&b, l);
    return b.s ? b.s : "";
}

static void test_add(void) {
    EscLeaks l = none();
    for (int i = 0; i < LEAK_N; i++) CHECK(esc_leaks_get(&l, i) == -1);
    esc_leaks_add(&l, LEAK_RESULT0 + 1, 3);
    esc_leaks_add(&l, LEAK_RESULT0 + 1, 5); /* the minimum stays */
    CHECK(esc_leaks_get(&l, LEAK_RESULT0 + 1) == 3);
    esc_leaks_add(&l, LEAK_RESULT0 + 1, 0);
    CHECK(esc_leaks_get(&l, LEAK_RESULT0 + 1) == 0);
    esc_leaks_add(&l, LEAK_HEAP, 1000); /* saturates at 254 derefs */
    CHECK(esc_leaks_get(&l, LEAK_HEAP) == 254);
}

static void test_optimize(void) {
    EscLeaks l = none();
    esc_leaks_add(&l, LEAK_HEAP, 1);
    esc_leaks_add(&l, LEAK_RESULT0, 1); /* no shorter than the heap flow: dropped */
    esc_leaks_add(&l, LEAK_RESULT0 + 2, 0);
    esc_leaks_add(&l, LEAK_MUTATOR, 2);
    esc_leaks_optimize(&l);
    CHECK(esc_leaks_get(&l, LEAK_HEAP) == 1);
    CHECK(esc_leaks_get(&l, LEAK_RESULT0) == -1);
    CHECK(esc_leaks_get(&l, LEAK_RESULT0 + 2) == 0);
    CHECK(esc_leaks_get(&l, LEAK_MUTATOR) == -1);
}

static void test_tag(void) {
    EscLeaks l = none();
    CHECK(strcmp(encode(l), "esc:") == 0); /* does not escape */
    esc_leaks_add(&l, LEAK_MUTATOR, 0);
    esc_leaks_add(&l, LEAK_CALLEE, 0);
    CHECK(strcmp(encode(l), "esc:\\x00\\x01\\x01") == 0); /* //go:noescape */
    esc_leaks_add(&l, LEAK_HEAP, 0);
    CHECK(strcmp(encode(l), "") == 0);
    EscLeaks t = esc_leaks_tag(l); /* a heap flow at derefs 0 hides the rest */
    CHECK(esc_leaks_get(&t, LEAK_HEAP) == 0 && esc_leaks_get(&t, LEAK_MUTATOR) == -1);
    EscLeaks h = esc_leaks_heap();
    CHECK(memcmp(&t, &h, sizeof t) == 0);
}

int main(void) {
    test_add();
    test_optimize();
    test_tag();
    if (failures) fprintf(stderr, "escape_test: %d failures\n", failures);
    return failures != 0;
}
