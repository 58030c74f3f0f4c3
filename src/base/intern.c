/* intern.c: the global table of interned names.
 * Identifiers are interned once when lexed, so every later comparison of
 * names is a pointer comparison. Syms are never freed. */
#include "base.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

/* The table is shared by the parser threads, the checker and its helpers.
 * Looking up a name already there takes no lock: slots are published
 * with release stores once their Sym is complete, and a table replaced by
 * a bigger one is kept (never freed), so a reader holding it still reads
 * valid memory. A reader that misses (the name is new, or went to the
 * newer table) takes the lock, looks again and inserts. */
typedef struct Table {
    uint32_t cap;
    _Atomic(Sym *) slots[];
} Table;

static pthread_mutex_t tab_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic(Table *) tab;
static uint32_t tab_len; /* under tab_lock */
static Arena *tab_arena; /* under tab_lock */

uint32_t hash_bytes(const void *p, size_t n) {
    /* FNV-1a */
    const unsigned char *s = p;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 16777619u;
    return h;
}

/* find returns the Sym for s in t, or NULL with *slot its empty slot. */
static Sym *find(Table *t, const char *s, size_t len, uint32_t h, uint32_t *slot) {
    uint32_t mask = t->cap - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        Sym *e = atomic_load_explicit(&t->slots[i], memory_order_acquire);
        if (!e) {
            if (slot) *slot = i;
            return NULL;
        }
        if (e->hash == h && e->len == len && memcmp(e->s, s, len) == 0) return e;
    }
}

/* grow replaces the table by one twice as big; the lock is held. */
static Table *grow(Table *old) {
    uint32_t ncap = old ? old->cap * 2 : 4096;
    Table *t = xmalloc(sizeof(Table) + sizeof(Sym *) * ncap);
    t->cap = ncap;
    for (uint32_t i = 0; i < ncap; i++) atomic_init(&t->slots[i], NULL);
    for (uint32_t i = 0; old && i < old->cap; i++) {
        Sym *e = atomic_load_explicit(&old->slots[i], memory_order_relaxed);
        uint32_t j;
        if (e && !find(t, e->s, e->len, e->hash, &j)) atomic_store_explicit(&t->slots[j], e, memory_order_relaxed);
    }
    atomic_store_explicit(&tab, t, memory_order_release);
    return t;
}

static Sym *intern_locked(const char *s, size_t len, uint32_t h) {
    Table *t = atomic_load_explicit(&tab, memory_order_relaxed);
    if (!t || 2 * (tab_len + 1) > t->cap) t = grow(t);
    if (!tab_arena) tab_arena = arena_new();
    uint32_t i;
    Sym *e = find(t, s, len, h, &i);
    if (e) return e;
    Sym *n = arena_alloc(tab_arena, sizeof(Sym) + len + 1);
    n->len = (uint32_t)len;
    n->hash = h;
    memcpy(n->s, s, len);
    n->s[len] = 0;
    atomic_store_explicit(&t->slots[i], n, memory_order_release);
    tab_len++;
    return n;
}

Sym *intern(const char *s, size_t len) {
    uint32_t h = hash_bytes(s, len);
    Table *t = atomic_load_explicit(&tab, memory_order_acquire);
    Sym *e = t ? find(t, s, len, h, NULL) : NULL;
    if (e) return e;
    pthread_mutex_lock(&tab_lock);
    e = intern_locked(s, len, h);
    pthread_mutex_unlock(&tab_lock);
    return e;
}

Sym *intern_cstr(const char *s) { return intern(s, strlen(s)); }
