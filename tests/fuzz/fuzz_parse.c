/* fuzz_parse.c: libFuzzer target for the lexer and parser (and dump).
 * Each input is parsed as a Go file, then dumped to /dev/null when it has
 * no errors. Parsing happens on one long-lived worker thread with a large
 * stack (as goesc parse does), so deep nesting cannot overflow the stack
 * and the per-thread name tables are reused. Any crash, hang or sanitizer
 * report is a bug. Built and run by tests/fuzz/run. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "syntax/syntax.h"

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    const uint8_t *data;
    size_t size;
    bool busy; /* an input is waiting or being parsed */
} q = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, 0, false};

static FILE *devnull;

static void parse(const uint8_t *data, size_t size) {
    char *text = xmalloc(size + 1);
    memcpy(text, data, size);
    text[size] = 0;
    uint32_t id = file_add("fuzz.go", text, size);
    Arena *a = arena_new();
    DiagList dl = {0};
    AstFile *f = syn_parse_file(id, a, &dl);
    if (!dl.v.n) ast_dump_file(f, devnull);
    diag_free(&dl);
    for (int i = 0; i < f->directives.n; i++) (void)strlen(f->directives.a[i].text);
    arena_free(a);
    file_get(id)->text = NULL;
    free(text);
}

static void *worker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&q.mu);
    for (;;) {
        while (!q.busy || !q.data) pthread_cond_wait(&q.cv, &q.mu);
        pthread_mutex_unlock(&q.mu);
        parse(q.data, q.size);
        pthread_mutex_lock(&q.mu);
        q.data = NULL;
        q.busy = false;
        pthread_cond_broadcast(&q.cv);
    }
    return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static bool started;
    if (!started) {
        started = true;
        devnull = fopen("/dev/null", "w");
        syn_init();
        pthread_attr_t attr;
        pthread_t t;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, (size_t)512 << 20);
        if (pthread_create(&t, &attr, worker, NULL) != 0) die("cannot start the fuzz worker");
        pthread_attr_destroy(&attr);
    }
    static const uint8_t empty[1];
    pthread_mutex_lock(&q.mu);
    q.data = size ? data : empty;
    q.size = size;
    q.busy = true;
    pthread_cond_broadcast(&q.cv);
    while (q.busy) pthread_cond_wait(&q.cv, &q.mu);
    pthread_mutex_unlock(&q.mu);
    return 0;
}
