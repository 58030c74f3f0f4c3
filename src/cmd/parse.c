/* parse.c: `goesc parse [-dump] FILE...`: parse Go files, print syntax
 * errors as gc does (file:line:col: msg, sorted, per file in command-line
 * order), and with -dump print each file's tree in the format of
 * docs/ast-dump.md. Without -dump the files are parsed by two threads.
 * Parsing runs on threads with large stacks so deeply nested input cannot
 * overflow them. Long lists of files are read in batches (fileread.c);
 * each thread reuses one buffer and one arena, and opens files relative to
 * their directory. */
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/fileread.h"
#include "syntax/syntax.h"

enum { NTHREADS = 2 };

typedef struct Input {
    const char *path;
    uint32_t id;     /* 0: could not be read */
    const char *err; /* why not */
    DiagList diags;
    Pos toomany;     /* gc's "too many errors", if reached */
    int status;      /* exit status for this file (dump mode) */
} Input;

typedef struct Job {
    Input *in;
    int n;
    bool dump;
    atomic_int next;
} Job;

/* Buf is a thread's buffer for file texts, reused for every file: fresh
 * memory costs far more than reading (on a virtual machine every new page
 * is a fault and a clearing). Files of MAP_MIN bytes or more are mapped
 * instead (their pages are the page cache's: nothing to clear or copy). */
typedef struct Buf {
    char *p;
    size_t cap;
    char *dir; /* the directory last opened (malloc'd), or NULL */
    int dirfd;
} Buf;

#define BUF_INIT {NULL, 0, NULL, -1}

/* open_in opens path, relative to the directory of the thread's previous
 * file when it is in the same one: the kernel then looks up one name, not
 * the whole path (files come sorted, so most share the directory). */
static int open_in(Buf *b, const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path) return open(path, O_RDONLY);
    size_t n = (size_t)(slash - path);
    if (!b->dir || strncmp(b->dir, path, n) || b->dir[n]) {
        if (b->dir) close(b->dirfd);
        free(b->dir);
        b->dir = xmalloc(n + 1);
        memcpy(b->dir, path, n);
        b->dir[n] = 0;
        b->dirfd = open(b->dir, O_RDONLY | O_DIRECTORY);
        if (b->dirfd < 0) {
            free(b->dir);
            b->dir = NULL;
            return open(path, O_RDONLY);
        }
    }
    return openat(b->dirfd, slash + 1, O_RDONLY);
}

static void buf_free(Buf *b) {
    if (b->dir) close(b->dirfd);
    free(b->dir);
}

enum { MAP_MIN = 1 << 20 };

/* reserve makes room for n bytes and a NUL; a smaller old buffer is
 * simply left behind (bulk memory is never freed). */
static void reserve(Buf *b, size_t n) {
    if (n + 1 <= b->cap) return;
    size_t cap = b->cap ? 2 * b->cap : 256 << 10; /* most files are smaller */
    while (cap < n + 1) cap *= 2;
    b->p = bulk_alloc(cap);
    b->cap = cap;
}

/* Text is a file's contents, NUL-terminated: in the thread's buffer, in a
 * mapping (mapped bytes) or malloc'd (owned). */
typedef struct Text {
    const char *p;
    size_t size, mapped;
    bool owned;
} Text;

/* map maps a big file whose last page has room for the NUL (the rest of a
 * page beyond the end of a file reads as zeros); false if not. */
static bool map(int fd, size_t size, Text *t) {
    long page = sysconf(_SC_PAGESIZE);
    if (size < MAP_MIN || page <= 0 || size % (size_t)page == 0) return false;
    void *p = mmap(NULL, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (p == MAP_FAILED) return false;
    *t = (Text){p, size, size, false};
    return true;
}

/* slurp reads a whole plain file into b with one read in the common case
 * (what fstat promised; more if more comes), or maps it; false if it
 * could not (not a plain file, or a read error). */
static bool slurp(Buf *b, const char *path, Text *t) {
    int fd = open_in(b, path);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        if (fd >= 0) close(fd);
        return false;
    }
    if (map(fd, (size_t)st.st_size, t)) {
        close(fd);
        return true;
    }
    size_t n = 0;
    reserve(b, (size_t)st.st_size);
    for (;;) {
        ssize_t got = read(fd, b->p + n, b->cap - 1 - n);
        if (got < 0) {
            close(fd);
            return false;
        }
        n += (size_t)got;
        if (got == 0 || n == (size_t)st.st_size) break;
        if (n == b->cap - 1) { /* the file grew: make room for more */
            char *old = b->p;
            reserve(b, 2 * n);
            memcpy(b->p, old, n);
        }
    }
    close(fd);
    b->p[n] = 0;
    *t = (Text){b->p, n, 0, false};
    return true;
}

/* load gives the text of in: pre when a batch read it (see fileread.h),
 * else read now. The file was registered with file_add beforehand (file
 * ids are handed out before threads start: file_add is not thread-safe).
 * A file that is not plain is read the general way into malloc'd memory. */
static Text load(Input *in, Buf *b, const char *pre, size_t size) {
    Text t = {pre, size, 0, false};
    if (!pre && !slurp(b, in->path, &t)) {
        t.p = read_file(in->path, &t.size, &in->err);
        t.owned = true;
    }
    SrcFile *sf = file_get(in->id);
    sf->text = t.p;
    sf->size = t.p ? t.size : 0;
    return t;
}

static void parse_input(Input *in, const char *pre, size_t size, bool dump, Arena *arena, Buf *b) {
    Text t = load(in, b, pre, size);
    if (in->err) return;
    AstFile *f = syn_parse_file(in->id, arena, &in->diags);
    in->toomany = f->toomany;
    if (dump && !in->diags.v.n) ast_dump_file(f, stdout);
    /* the tree holds copies of what it needs */
    if (t.owned) free((char *)t.p);
    if (t.mapped) munmap((void *)t.p, t.mapped);
    file_get(in->id)->text = NULL;
    arena_reset(arena);
}

static int report(Input *in) {
    if (in->err) {
        fprintf(stderr, "goesc: %s: %s\n", in->path, in->err);
        return 2;
    }
    int status = in->diags.v.n ? 1 : 0;
    syn_print_errors(&in->diags, in->toomany, stderr);
    diag_free(&in->diags);
    return status;
}

/* Reader is a thread's way to file texts: a batch reader where the system
 * has one (files then come FILEREAD_BATCH at a time), and its buffer for
 * the files read one at a time. */
typedef struct Reader {
    FileBatch *fb;
    int step; /* files taken at a time */
    Buf buf;
    const char *pre[FILEREAD_BATCH]; /* the current batch's texts, or NULL */
    size_t size[FILEREAD_BATCH];
} Reader;

/* reader_init sets r up for a thread that reads nfiles files (batching
 * pays for its set-up only over many). */
static void reader_init(Reader *r, int nfiles) {
    memset(r, 0, sizeof *r);
    r->fb = nfiles >= 2 * FILEREAD_BATCH ? fileread_new() : NULL;
    r->step = r->fb ? FILEREAD_BATCH : 1;
    r->buf = (Buf)BUF_INIT;
}

static void reader_free(Reader *r) {
    fileread_free(r->fb);
    buf_free(&r->buf);
}

/* parse_some parses in[0..n), n <= r->step, reading them as a batch when
 * it can. */
static void parse_some(Reader *r, Input *in, int n, bool dump, Arena *arena) {
    if (r->fb) {
        const char *paths[FILEREAD_BATCH] = {NULL};
        for (int k = 0; k < n; k++) paths[k] = in[k].path;
        fileread_batch(r->fb, paths, n, r->pre, r->size);
    }
    for (int k = 0; k < n; k++) {
        if (dump) printf("## %s\n", in[k].path);
        parse_input(&in[k], r->pre[k], r->size[k], dump, arena, &r->buf);
        if (dump) {
            fflush(stdout);
            in[k].status = report(&in[k]);
        }
    }
}

/* dump_all reads, parses and prints the files in order. */
static void *dump_all(void *arg) {
    Job *j = arg;
    Arena *arena = arena_new();
    Reader r;
    reader_init(&r, j->n);
    for (int i = 0; i < j->n; i += r.step) parse_some(&r, &j->in[i], j->n - i < r.step ? j->n - i : r.step, true, arena);
    reader_free(&r);
    arena_free(arena);
    return NULL;
}

static void *worker(void *arg) {
    Job *j = arg;
    Arena *arena = arena_new();
    Reader r;
    reader_init(&r, j->n / NTHREADS);
    for (int i; (i = atomic_fetch_add(&j->next, r.step)) < j->n;)
        parse_some(&r, &j->in[i], j->n - i < r.step ? j->n - i : r.step, false, arena);
    reader_free(&r);
    arena_free(arena);
    return NULL;
}

static int run_threads(void *(*fn)(void *), Job *j, int nthreads) {
    pthread_attr_t attr;
    pthread_t t[NTHREADS];
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)1 << 30);
    int started = 0;
    for (int k = 0; k < nthreads; k++)
        if (pthread_create(&t[k], &attr, fn, j) == 0) started++;
    if (!started) fn(j);
    for (int k = 0; k < started; k++) pthread_join(t[k], NULL);
    pthread_attr_destroy(&attr);
    return 0;
}

int cmd_parse(int argc, char **argv) {
    Job j = {xmalloc(sizeof(Input) * (size_t)(argc + 1)), 0, false, 0};
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "-dump")) j.dump = true;
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "usage: goesc parse [-dump] FILE...\n");
            free(j.in);
            return 2;
        } else j.in[j.n++] = (Input){argv[i], 0, NULL, {{0}, 0}, {0, 0, 0}, 0};
    }
    if (j.n == 0) {
        fprintf(stderr, "usage: goesc parse [-dump] FILE...\n");
        free(j.in);
        return 2;
    }
    /* what is freed and reallocated per file stays in the heap instead of
     * fresh mmaps (page faults cost more than parsing) */
    mallopt(M_MMAP_THRESHOLD, 16 << 20); /* at most HEAP_MAX_SIZE/2 */
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    syn_init();
    for (int i = 0; i < j.n; i++) j.in[i].id = file_add(j.in[i].path, NULL, 0);
    int status = 0;
    if (j.dump) {
        run_threads(dump_all, &j, 1);
        for (int i = 0; i < j.n; i++)
            if (j.in[i].status > status) status = j.in[i].status;
    } else {
        run_threads(worker, &j, j.n > 1 ? NTHREADS : 1);
        for (int i = 0; i < j.n; i++) {
            int s = report(&j.in[i]);
            if (s > status) status = s;
        }
    }
    fflush(stdout);
    free(j.in);
    return status;
}
