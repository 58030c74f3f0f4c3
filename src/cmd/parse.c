/* parse.c: `goesc parse [-dump] FILE...`: parse Go files, print syntax
 * errors as gc does (file:line:col: msg), and with -dump print each
 * file's tree in the format of docs/ast-dump.md. Parsing runs on a thread
 * with a large stack so deeply nested input cannot overflow it. */
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"
#include "syntax/syntax.h"

typedef struct Job {
    int argc;
    char **argv;
    bool dump;
    int status;
} Job;

static int parse_one(const char *path, bool dump, Arena *arena) {
    size_t size;
    const char *err;
    char *text = read_file(path, &size, &err);
    if (dump) printf("## %s\n", path);
    if (!text) {
        fflush(stdout);
        fprintf(stderr, "goesc: %s: %s\n", path, err);
        return 2;
    }
    uint32_t id = file_add(path, text, size);
    DiagList diags = {0};
    AstFile *f = syn_parse_file(id, arena, &diags);
    int status = 0;
    if (diags.v.n) {
        fflush(stdout);
        diag_sort(&diags);
        diag_print(&diags, stderr);
        status = 1;
    } else if (dump) {
        ast_dump_file(f, stdout);
    }
    diag_free(&diags);
    arena_reset(arena);
    file_get(id)->text = NULL; /* the tree holds copies of what it needs */
    free(text);
    return status;
}

static void *run(void *arg) {
    Job *j = arg;
    Arena *arena = arena_new();
    for (int i = 0; i < j->argc; i++) {
        if (!strcmp(j->argv[i], "-dump") || !strcmp(j->argv[i], "-q")) continue;
        int s = parse_one(j->argv[i], j->dump, arena);
        if (s > j->status) j->status = s;
    }
    arena_free(arena);
    return NULL;
}

int cmd_parse(int argc, char **argv) {
    Job j = {argc, argv, false, 0};
    int nfiles = 0;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "-dump")) j.dump = true;
        else if (argv[i][0] == '-' && strcmp(argv[i], "-q")) {
            fprintf(stderr, "usage: goesc parse [-dump] FILE...\n");
            return 2;
        } else if (argv[i][0] != '-') nfiles++;
    }
    if (nfiles == 0) {
        fprintf(stderr, "usage: goesc parse [-dump] FILE...\n");
        return 2;
    }
    /* arena chunks are freed and reallocated per file: keep them in the
     * heap instead of fresh mmaps (page faults cost more than parsing) */
    mallopt(M_MMAP_THRESHOLD, 16 << 20); /* at most HEAP_MAX_SIZE/2 */
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)1 << 30);
    if (pthread_create(&t, &attr, run, &j) != 0) run(&j);
    else pthread_join(t, NULL);
    pthread_attr_destroy(&attr);
    fflush(stdout);
    return j.status;
}
