/* arena.c: bump allocation from chunks, and the bulk memory under them.
 * Stages allocate nodes here and release a whole package's worth at once;
 * no node is ever freed on its own. Memory comes back zeroed: chunks are
 * fresh memory (fresh pages need no clearing) and the one chunk a reset
 * keeps is cleared in bulk, so allocating a node costs no memset call.
 * Chunks of released arenas are cleared and kept in pools (one per size
 * class) for the next arena: a package's arena then reuses the previous
 * package's memory instead of faulting in fresh pages.
 *
 * Page faults are the dearest thing here: on a virtual machine a 4 KiB
 * fault costs about as much as parsing a few KiB of Go. Chunks and big
 * tables therefore come from bulk_alloc, which carves them from
 * large mappings the kernel is asked to back with 2 MiB pages
 * (MADV_HUGEPAGE; where that is off, they are ordinary pages). */
#include "base.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Under AddressSanitizer, the leak checker must look into bulk memory for
 * pointers to malloc'd blocks, as it did in calloc'd chunks. */
#if defined(__SANITIZE_ADDRESS__)
#define BULK_LSAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BULK_LSAN 1
#endif
#endif
#ifdef BULK_LSAN
#include <sanitizer/lsan_interface.h>
#endif

/* ---- bulk memory ---------------------------------------------------------- */

enum { HUGE_PAGE = 2 << 20, REGION_SIZE = 64 << 20 };

static struct {
    pthread_mutex_t lock;
    char *next, *end; /* the unused rest of the current region */
} bulk = {PTHREAD_MUTEX_INITIALIZER, NULL, NULL};

/* region_map maps at least size bytes, 2 MiB-aligned, as huge-page
 * candidates; NULL if the system refuses. */
static char *region_map(size_t size) {
    size = (size + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
    char *p = mmap(NULL, size + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED) return NULL;
    char *q = (char *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
    if (q > p) munmap(p, (size_t)(q - p));
    munmap(q + size, (size_t)(p + HUGE_PAGE - q));
#ifdef MADV_HUGEPAGE
    madvise(q, size, MADV_HUGEPAGE);
#endif
#ifdef BULK_LSAN
    __lsan_register_root_region(q, size);
#endif
    bulk.end = q + size;
    return q;
}

void *bulk_alloc(size_t n) {
    n = (n + 4095) & ~(size_t)4095;
    pthread_mutex_lock(&bulk.lock);
    if ((size_t)(bulk.end - bulk.next) < n) bulk.next = region_map(n > REGION_SIZE ? n : REGION_SIZE);
    char *p = bulk.next;
    if (p) bulk.next += n;
    pthread_mutex_unlock(&bulk.lock);
    if (!p) die("out of memory (%zu bytes)", n);
    return p;
}

/* ---- arenas -------------------------------------------------------------- */

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used;
    int cls; /* size class, or -1: a chunk of its own for a big allocation */
    _Alignas(16) unsigned char data[];
} Chunk;

/* An arena's chunks grow from 64 KiB to 1 MiB (with headers), doubling:
 * a small arena (one small file's tree) then holds little memory, which
 * matters where the kernel backs it with 2 MiB pages. */
enum { NCLASS = 5, MIN_CHUNK = 64 << 10 };

static inline size_t class_size(int k) { return ((size_t)MIN_CHUNK << k) - sizeof(Chunk); }

#define CHUNK_SIZE class_size(NCLASS - 1)

struct Arena {
    Chunk *head;  /* current chunk */
    Chunk *first; /* kept by arena_reset */
    size_t total; /* bytes handed out */
};

static struct {
    pthread_mutex_t lock;
    Chunk *list[NCLASS];
} pool = {PTHREAD_MUTEX_INITIALIZER, {NULL}};

static Chunk *pool_take(int k) {
    pthread_mutex_lock(&pool.lock);
    Chunk *c = pool.list[k];
    if (c) pool.list[k] = c->next;
    pthread_mutex_unlock(&pool.lock);
    return c;
}

/* pool_give keeps a cleared chunk of a size class (they are bulk memory,
 * never freed); false for a chunk of its own */
static bool pool_give(Chunk *c) {
    if (c->cls < 0) return false;
    memset(c->data, 0, c->used);
    c->used = 0;
    pthread_mutex_lock(&pool.lock);
    c->next = pool.list[c->cls];
    pool.list[c->cls] = c;
    pthread_mutex_unlock(&pool.lock);
    return true;
}

/* chunk_new returns an empty chunk of class k, or of its own for size
 * bytes when k < 0. */
static Chunk *chunk_new(int k, size_t size) {
    Chunk *c = k >= 0 ? pool_take(k) : NULL;
    if (c) {
        c->next = NULL;
        return c;
    }
    if (k >= 0) size = class_size(k);
    c = k >= 0 ? bulk_alloc(sizeof(Chunk) + size) : calloc(1, sizeof(Chunk) + size);
    if (!c) die("out of memory (%zu bytes)", size);
    c->next = NULL;
    c->size = size;
    c->used = 0;
    c->cls = k;
    return c;
}

Arena *arena_new(void) {
    Arena *a = xmalloc(sizeof *a);
    a->first = a->head = chunk_new(0, 0);
    a->total = 0;
    return a;
}

void *arena_alloc(Arena *a, size_t n) {
    n = (n + 7) & ~(size_t)7;
    Chunk *c = a->head;
    if (c->used + n > c->size) {
        int k = c->cls + 1 < NCLASS ? c->cls + 1 : NCLASS - 1;
        while (k < NCLASS - 1 && class_size(k) < n) k++;
        bool own = n > CHUNK_SIZE / 4;
        Chunk *nc = chunk_new(own ? -1 : k, n);
        /* keep chunks on a list rooted at first so reset/free find them */
        nc->next = c->next;
        c->next = nc;
        if (!own) a->head = nc;
        c = nc;
    }
    void *p = c->data + c->used;
    c->used += n;
    a->total += n;
    return p;
}

void arena_trim(Arena *a, const void *p, const void *end) {
    Chunk *c = a->head;
    const unsigned char *q = p, *e = end;
    if (e != c->data + c->used || q < c->data || q > e) return;
    size_t n = (size_t)(e - q) & ~(size_t)7; /* keep the 8-byte alignment */
    c->used -= n;
    a->total -= n;
}

void *arena_dup(Arena *a, const void *p, size_t n) {
    void *q = arena_alloc(a, n);
    if (n) memcpy(q, p, n);
    return q;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *q = arena_alloc(a, n + 1);
    memcpy(q, s, n);
    q[n] = 0;
    return q;
}

static void free_chain(Chunk *c) {
    while (c) {
        Chunk *next = c->next;
        if (!pool_give(c)) free(c);
        c = next;
    }
}

void arena_reset(Arena *a) {
    free_chain(a->first->next);
    a->first->next = NULL;
    memset(a->first->data, 0, a->first->used);
    a->first->used = 0;
    a->head = a->first;
    a->total = 0;
}

void arena_free(Arena *a) {
    if (!a) return;
    free_chain(a->first);
    free(a);
}

size_t arena_used(const Arena *a) { return a->total; }
