/* base_test.c: unit tests of the base stage (arena, interning, maps). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "base/base.h"

#include "check.h"

static void test_arena(void) {
    Arena *a = arena_new();
    char *p = arena_alloc(a, 3);
    CHECK(((uintptr_t)p & 7) == 0);
    CHECK(p[0] == 0 && p[2] == 0);
    char *big = arena_alloc(a, 5 << 20); /* larger than a chunk */
    big[(5 << 20) - 1] = 1;
    for (int i = 0; i < 100000; i++) CHECK(arena_alloc(a, 24) != NULL);
    CHECK(strcmp(arena_strndup(a, "hello", 4), "hell") == 0);
    arena_reset(a);
    CHECK(arena_used(a) == 0);
    arena_free(a);
}

static void test_intern(void) {
    char buf[] = "hello";
    Sym *a = intern("hello", 5), *b = intern(buf, 5), *c = intern("hell", 4);
    CHECK(a == b);
    CHECK(a != c);
    CHECK(a->len == 5 && strcmp(a->s, "hello") == 0);
    Sym *many[20000];
    for (int i = 0; i < 20000; i++) {
        char s[32];
        int n = snprintf(s, sizeof s, "name%d", i);
        many[i] = intern(s, (size_t)n);
    }
    for (int i = 0; i < 20000; i++) {
        char s[32];
        snprintf(s, sizeof s, "name%d", i);
        CHECK(intern_cstr(s) == many[i]);
    }
}

/* Threads interning the same names (in different orders, while the table
 * grows) must all get the same Syms. */
enum { NTHREADS = 4, NNAMES = 30000 };
static Sym *seen[NTHREADS][NNAMES];

static void *intern_many(void *arg) {
    int t = (int)(intptr_t)arg;
    for (int k = 0; k < NNAMES; k++) {
        int i = t % 2 ? NNAMES - 1 - k : k;
        char s[32];
        int n = snprintf(s, sizeof s, "threaded%d", i);
        seen[t][i] = intern(s, (size_t)n);
    }
    return NULL;
}

static void test_intern_threads(void) {
    pthread_t th[NTHREADS];
    for (int t = 0; t < NTHREADS; t++) pthread_create(&th[t], NULL, intern_many, (void *)(intptr_t)t);
    for (int t = 0; t < NTHREADS; t++) pthread_join(th[t], NULL);
    for (int i = 0; i < NNAMES; i++) {
        char s[32];
        snprintf(s, sizeof s, "threaded%d", i);
        Sym *want = intern_cstr(s);
        CHECK(strcmp(want->s, s) == 0);
        for (int t = 0; t < NTHREADS; t++) CHECK(seen[t][i] == want);
    }
}

static void test_map(void) {
    Map m = {0};
    for (uint64_t k = 1; k <= 50000; k++) map_put(&m, k * 7919, (void *)(uintptr_t)k);
    CHECK(m.len == 50000);
    for (uint64_t k = 1; k <= 50000; k++) CHECK(map_get(&m, k * 7919) == (void *)(uintptr_t)k);
    CHECK(map_get(&m, 3) == NULL);
    CHECK(!map_has(&m, 3));
    map_put(&m, 7919, NULL);
    CHECK(map_has(&m, 7919) && m.len == 50000);
    map_clear(&m);
    CHECK(map_get(&m, 7919) == NULL);
}

/* test_map_ops checks map_slot, map_del and map_reserve against a plain
 * array over random operations on a small key space (long probe runs,
 * wrap-arounds and many deletions), then big pooled tables. */
static void test_map_ops(void) {
    enum { NKEYS = 600 };
    static uintptr_t ref[NKEYS]; /* 0: absent, else the value */
    Map m = {0};
    map_reserve(&m, 100);
    CHECK(m.cap >= 150 && m.len == 0);
    uint64_t seed = 12345;
    for (int step = 0; step < 200000; step++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        uint32_t r = (uint32_t)(seed >> 33);
        int k = (int)(r % NKEYS);
        uint64_t key = (uint64_t)k * 64 + 8; /* aligned like pointers */
        if (r & (1u << 30)) {
            bool had = ref[k] != 0;
            CHECK(map_del(&m, key) == had);
            ref[k] = 0;
        } else {
            void **slot = map_slot(&m, key);
            CHECK(*slot == (void *)ref[k]);
            *slot = (void *)(uintptr_t)(step + 1);
            ref[k] = (uintptr_t)(step + 1);
        }
    }
    uint32_t n = 0;
    for (int k = 0; k < NKEYS; k++) {
        CHECK(map_get(&m, (uint64_t)k * 64 + 8) == (void *)ref[k]);
        CHECK(map_has(&m, (uint64_t)k * 64 + 8) == (ref[k] != 0));
        n += ref[k] != 0;
    }
    CHECK(m.len == n);
    map_clear(&m);
    for (int round = 0; round < 3; round++) { /* big tables come back from the pool */
        map_reserve(&m, 100000);
        for (uint64_t k = 1; k <= 100000; k++) map_put(&m, k * 8, (void *)(uintptr_t)k);
        for (uint64_t k = 1; k <= 100000; k += 2) CHECK(map_del(&m, k * 8));
        CHECK(m.len == 50000);
        for (uint64_t k = 1; k <= 100000; k++) CHECK(map_get(&m, k * 8) == (k % 2 ? NULL : (void *)(uintptr_t)k));
        map_clear(&m);
    }
}

static void test_diag(void) {
    DiagList dl = {0};
    uint32_t f = file_add("x.go", "", 0);
    diag_add(&dl, (Pos){f, 3, 1}, "b %d", 2);
    diag_add(&dl, (Pos){f, 1, 5}, "a");
    diag_sort(&dl);
    CHECK(dl.v.n == 2 && strcmp(dl.v.a[0].msg, "a") == 0 && strcmp(dl.v.a[1].msg, "b 2") == 0);
    diag_free(&dl);
}

int main(void) {
    test_arena();
    test_intern();
    test_intern_threads();
    test_map();
    test_map_ops();
    test_diag();
    if (failures) fprintf(stderr, "base_test: %d failures\n", failures);
    return failures != 0;
}
