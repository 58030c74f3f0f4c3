/* arena.c: bump allocation from chunks.
 * Stages allocate nodes here and release a whole package's worth at once;
 * no node is ever freed on its own. Memory comes back zeroed, so
 * allocating a node costs no memset call.
 *
 * bulk_alloc (below) hands out page-aligned memory that lives until exit
 * (the parser's read buffers, name caches, the intern table).
 *
 * Chunks come in size classes, 64 KiB to 1 MiB: an arena's chunks double
 * in size as it grows, so the many small arenas (one per parsed file, one
 * per package) touch little memory. They are blocks of pages.c (fresh
 * memory from huge-page regions, or blocks released before): a released
 * chunk goes back to that pool, to be cleared as far as it was used (on
 * pages.c's helper thread), so the next arena reuses it. Allocations beyond a quarter of the largest
 * class get a mapping of their own, returned to the system on release. */
#include "base.h"

#include <pthread.h>
#include <string.h>
#include <sys/mman.h>

#include "base/pages.h"

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

void mem_lsan_root(void *p, size_t n) {
#ifdef BULK_LSAN
    __lsan_register_root_region(p, n);
#else
    (void)p, (void)n;
#endif
}

static void mem_lsan_unroot(void *p, size_t n) {
#ifdef BULK_LSAN
    __lsan_unregister_root_region(p, n);
#else
    (void)p, (void)n;
#endif
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


enum {
    NCLASSES = 5,                /* 64 KiB .. 1 MiB: pages.c's smallest shifts */
    CHUNK_SIZE = 1 << 20,        /* the largest class */
    OWN_CLASS = NCLASSES,        /* a chunk with a mapping of its own */
};

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used; /* size: bytes of data */
    int cls;
    _Alignas(16) unsigned char data[];
} Chunk;

struct Arena {
    ArenaBump bump; /* the free rest of head (first: base.h's arena_alloc) */
    Chunk *head;    /* current chunk; its used is bump.next - data */
    Chunk *first;   /* kept by arena_reset */
    size_t closed;  /* bytes handed out from the chunks but head */
    int cls;        /* class of the next chunk */
};

static void set_head(Arena *a, Chunk *c) {
    a->head = c;
    a->bump.next = c->data + c->used;
    a->bump.end = c->data + c->size;
}

/* sync_head stores the head's used size in its chunk. */
static void sync_head(Arena *a) { a->head->used = (size_t)(a->bump.next - a->head->data); }

static size_t class_bytes(int cls) { return (size_t)1 << (PAGES_MIN_SHIFT + cls); }

static Chunk *chunk_new(int cls) {
    Chunk *c = pages_get(PAGES_MIN_SHIFT + cls, true);
    c->size = class_bytes(cls) - sizeof(Chunk);
    c->cls = cls;
    return c;
}

static Chunk *chunk_own(size_t n) {
    size_t bytes = (sizeof(Chunk) + n + 4095) & ~(size_t)4095;
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) die("out of memory (%zu bytes)", bytes);
    Chunk *c = p;
    c->size = bytes - sizeof(Chunk);
    c->cls = OWN_CLASS;
    mem_lsan_root(p, bytes);
    return c;
}

/* chunk_release gives a pooled chunk back, to be cleared as far as it
 * was used (by pages.c's helper thread); a chunk of its own goes back to
 * the system. */
static void chunk_release(Chunk *c) {
    if (c->cls == OWN_CLASS) {
        mem_lsan_unroot(c, sizeof(Chunk) + c->size);
        munmap(c, sizeof(Chunk) + c->size);
        return;
    }
    pages_put(c, PAGES_MIN_SHIFT + c->cls, sizeof(Chunk) + c->used);
}

Arena *arena_new(void) {
    Arena *a = xmalloc(sizeof *a);
    a->first = chunk_new(0);
    a->first->used = 0;
    set_head(a, a->first);
    a->closed = 0;
    a->cls = 1;
    return a;
}

/* arena_alloc_slow: n does not fit in the head: a chunk of its own for a
 * big n, else a new head chunk (the rest of the old head stays unused).
 * Chunks are kept on a list rooted at first so reset/free find them. */
void *arena_alloc_slow(Arena *a, size_t n) {
    Chunk *c = a->head, *nc;
    if (n > CHUNK_SIZE / 4) {
        nc = chunk_own(n);
        nc->used = n;
        a->closed += n;
    } else {
        int cls = a->cls;
        while (class_bytes(cls) - sizeof(Chunk) < n) cls++;
        nc = chunk_new(cls);
        nc->used = n;
        if (a->cls < NCLASSES - 1) a->cls++;
        sync_head(a);
        a->closed += c->used;
    }
    nc->next = c->next;
    c->next = nc;
    if (nc->cls != OWN_CLASS) set_head(a, nc);
    return nc->data;
}

void arena_trim(Arena *a, const void *p, const void *end) {
    const unsigned char *q = p, *e = end;
    if (e != a->bump.next || q < a->head->data || q > e) return;
    size_t n = (size_t)(e - q) & ~(size_t)7; /* keep the 8-byte alignment */
    a->bump.next -= n; /* never written: still zero */
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

static void release_chain(Chunk *c) {
    while (c) {
        Chunk *next = c->next;
        chunk_release(c);
        c = next;
    }
}

void arena_reset(Arena *a) {
    sync_head(a);
    release_chain(a->first->next);
    a->first->next = NULL;
    memset(a->first->data, 0, a->first->used);
    a->first->used = 0;
    set_head(a, a->first);
    a->closed = 0;
    a->cls = a->first->cls + 1 < NCLASSES ? a->first->cls + 1 : NCLASSES - 1;
}

void arena_free(Arena *a) {
    if (!a) return;
    sync_head(a);
    release_chain(a->first);
    free(a);
}

size_t arena_used(const Arena *a) { return a->closed + (size_t)(a->bump.next - a->head->data); }
