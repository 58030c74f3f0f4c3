/* arena.c: bump allocation from chunks.
 * Stages allocate nodes here and release a whole package's worth at once;
 * no node is ever freed on its own. Memory comes back zeroed: chunks are
 * calloc'd (fresh pages need no clearing) and the one chunk a reset keeps is
 * cleared in bulk, so allocating a node costs no memset call. Standard-size
 * chunks of released arenas are cleared and kept in a pool for the next
 * arena: a package's arena then reuses the previous package's memory
 * instead of faulting in fresh pages, which is costly on virtual machines. */
#include "base.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { CHUNK_SIZE = 1 << 20 };

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} Chunk;

struct Arena {
    Chunk *head;  /* current chunk */
    Chunk *first; /* kept by arena_reset */
    size_t total; /* bytes handed out */
};

enum { POOL_MAX = 128 }; /* chunks kept: 128 MiB */

static struct {
    pthread_mutex_t lock;
    Chunk *list;
    int n;
} pool = {PTHREAD_MUTEX_INITIALIZER, NULL, 0};

static Chunk *pool_take(void) {
    pthread_mutex_lock(&pool.lock);
    Chunk *c = pool.list;
    if (c) {
        pool.list = c->next;
        pool.n--;
    }
    pthread_mutex_unlock(&pool.lock);
    return c;
}

/* pool_give keeps a cleared standard chunk; false if the pool is full */
static bool pool_give(Chunk *c) {
    if (c->size != CHUNK_SIZE) return false;
    memset(c->data, 0, c->used);
    c->used = 0;
    pthread_mutex_lock(&pool.lock);
    bool kept = pool.n < POOL_MAX;
    if (kept) {
        c->next = pool.list;
        pool.list = c;
        pool.n++;
    }
    pthread_mutex_unlock(&pool.lock);
    return kept;
}

static Chunk *chunk_new(size_t size) {
    Chunk *c = size == CHUNK_SIZE ? pool_take() : NULL;
    if (c) {
        c->next = NULL;
        return c;
    }
    c = calloc(1, sizeof(Chunk) + size);
    if (!c) die("out of memory (%zu bytes)", size);
    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

Arena *arena_new(void) {
    Arena *a = xmalloc(sizeof *a);
    a->first = a->head = chunk_new(CHUNK_SIZE);
    a->total = 0;
    return a;
}

void *arena_alloc(Arena *a, size_t n) {
    n = (n + 7) & ~(size_t)7;
    Chunk *c = a->head;
    if (c->used + n > c->size) {
        size_t size = n > CHUNK_SIZE / 4 ? n : CHUNK_SIZE;
        Chunk *nc = chunk_new(size);
        /* keep chunks on a list rooted at first so reset/free find them */
        nc->next = c->next;
        c->next = nc;
        if (size == CHUNK_SIZE) a->head = nc;
        c = nc;
    }
    void *p = c->data + c->used;
    c->used += n;
    a->total += n;
    return p;
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
