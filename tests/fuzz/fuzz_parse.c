/* fuzz_parse.c: libFuzzer target for the lexer and parser (and dump).
 * Each input is parsed as a Go file on a thread with a large stack (as
 * goesc parse does), then dumped to /dev/null when it has no errors. Any
 * crash, hang or sanitizer report is a bug. Built and run by tests/fuzz/run. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "syntax/syntax.h"

typedef struct Input {
    const uint8_t *data;
    size_t size;
} Input;

static FILE *devnull;

static void *parse(void *arg) {
    Input *in = arg;
    char *text = xmalloc(in->size + 1);
    memcpy(text, in->data, in->size);
    text[in->size] = 0;
    uint32_t id = file_add("fuzz.go", text, in->size);
    Arena *a = arena_new();
    DiagList dl = {0};
    AstFile *f = syn_parse_file(id, a, &dl);
    if (!dl.v.n) ast_dump_file(f, devnull);
    for (int i = 0; i < dl.v.n; i++) (void)strlen(dl.v.a[i].msg);
    diag_free(&dl);
    arena_free(a);
    file_get(id)->text = NULL;
    free(text);
    return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!devnull) {
        devnull = fopen("/dev/null", "w");
        syn_init();
    }
    Input in = {data, size};
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)256 << 20);
    if (pthread_create(&t, &attr, parse, &in) == 0) pthread_join(t, NULL);
    else parse(&in);
    pthread_attr_destroy(&attr);
    return 0;
}
