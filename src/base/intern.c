/* intern.c: the global table of interned names.
 * Identifiers are interned once when lexed, so every later comparison of
 * names is a pointer comparison. Syms are never freed.
 *
 * The table is shared by the parser threads and the checker, and looked
 * up far more often than it grows, so lookups take no lock: a slot is
 * published by a release store of its tag (the name's hash, never 0) after
 * its Sym pointer is written, and a reader that finds no match takes the
 * lock and looks again before inserting. Growing copies into a new table
 * and publishes it the same way; old tables stay valid (they are kept) for
 * readers still probing them, which at worst miss and retry under the
 * lock. Tags (16 bits of the hash) sit in their own array, 2 bytes a
 * slot, so probing for a new name stays in few cache lines (and in cache);
 * an entry beside holds the name's first 8 bytes, length and Sym. */
#include "base.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

/* An entry keeps what decides equality for most names: the first 8
 * bytes (zero-padded) and the length, so a hit on a name of at most 8
 * bytes reads no Sym. */
typedef struct Entry {
    uint64_t w0;
    uint64_t len;
    Sym *sym;
} Entry;

typedef struct Table {
    struct Table *old; /* the table this one replaced (kept for readers) */
    uint32_t mask;
    _Atomic(uint16_t) *tags; /* 0: empty; else the hash's top 16 bits (0 taken as 1) */
    Entry *ents;             /* valid where the tag is set */
} Table;

static pthread_mutex_t tab_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic(Table *) cur;
static uint32_t count; /* under tab_lock */

/* Each thread makes its Syms in its own arena before it takes the lock,
 * so the lock is held only to look once more and store. The arenas are
 * never freed (Syms live forever), also when their thread ends. */
static _Thread_local Arena *syms;
static Vec(Arena *) all_syms; /* under tab_lock: every thread's, kept reachable */

static Arena *syms_new(void) {
    Arena *a = arena_new();
    pthread_mutex_lock(&tab_lock);
    vec_push(&all_syms, a);
    pthread_mutex_unlock(&tab_lock);
    return a;
}

uint32_t intern_hash(uint64_t w0, const char *s, size_t n) {
    uint64_t h = (w0 ^ (n * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    for (size_t i = 8; i < n; i += 8) {
        h ^= h >> 31;
        h = (h ^ word_le(s + i, n - i < 8 ? n - i : 8)) * 0x94D049BB133111EBull;
    }
    h ^= h >> 29;
    return (uint32_t)(h ^ (h >> 32));
}

uint32_t hash_bytes(const void *p, size_t n) {
    const char *s = p;
    return intern_hash(word_le(s, n < 8 ? n : 8), s, n);
}

static inline uint16_t tag_of(uint32_t h) { return h >> 16 ? (uint16_t)(h >> 16) : 1; }

static inline bool same(const Entry *e, uint64_t w0, const char *s, size_t n) {
    return e->w0 == w0 && e->len == n && (n <= 8 || !memcmp(e->sym->s + 8, s + 8, n - 8));
}

/* find returns the Sym of s in t, or NULL with *at the empty slot where
 * it would go. */
static Sym *find(Table *t, uint32_t h, uint64_t w0, const char *s, size_t n, uint32_t *at) {
    uint16_t tag = tag_of(h);
    for (uint32_t i = h & t->mask;; i = (i + 1) & t->mask) {
        uint16_t ti = atomic_load_explicit(&t->tags[i], memory_order_acquire);
        if (!ti) {
            *at = i;
            return NULL;
        }
        if (ti == tag && same(&t->ents[i], w0, s, n)) return t->ents[i].sym;
    }
}

static Table *table_new(uint32_t cap) {
    size_t tags = ((size_t)cap * 2 + 7) & ~(size_t)7;
    char *m = bulk_alloc(sizeof(Table) + tags + sizeof(Entry) * cap);
    Table *t = (Table *)m;
    t->mask = cap - 1;
    t->tags = (_Atomic(uint16_t) *)(m + sizeof(Table));
    t->ents = (Entry *)(m + sizeof(Table) + tags);
    return t;
}

/* grow doubles the table (under the lock) and publishes the copy. */
static Table *grow(Table *t) {
    Table *nt = table_new(t ? 2 * (t->mask + 1) : 1 << 16); /* 1.6 MB: no growing for a few thousand files */
    nt->old = t;
    for (uint32_t i = 0; t && i <= t->mask; i++) {
        uint16_t tag = atomic_load_explicit(&t->tags[i], memory_order_relaxed);
        if (!tag) continue;
        uint32_t j = t->ents[i].sym->hash & nt->mask;
        while (atomic_load_explicit(&nt->tags[j], memory_order_relaxed)) j = (j + 1) & nt->mask;
        nt->ents[j] = t->ents[i];
        atomic_store_explicit(&nt->tags[j], tag, memory_order_relaxed);
    }
    atomic_store_explicit(&cur, nt, memory_order_release);
    return nt;
}

static Sym *insert(uint32_t h, uint64_t w0, const char *s, size_t n) {
    if (!syms) syms = syms_new();
    Sym *made = arena_alloc(syms, sizeof(Sym) + n + 1); /* wasted if another thread wins */
    made->len = (uint32_t)n;
    made->hash = h;
    memcpy(made->s, s, n);
    made->s[n] = 0;
    pthread_mutex_lock(&tab_lock);
    Table *t = atomic_load_explicit(&cur, memory_order_relaxed);
    if (!t || 4 * (count + 1) > 3 * (t->mask + 1)) t = grow(t); /* at most 3/4 full: tags keep probes short */
    uint32_t at;
    Sym *sym = find(t, h, w0, s, n, &at);
    if (!sym) {
        sym = made;
        t->ents[at] = (Entry){w0, n, sym};
        atomic_store_explicit(&t->tags[at], tag_of(h), memory_order_release);
        count++;
    }
    pthread_mutex_unlock(&tab_lock);
    return sym;
}

Sym *intern_word(const char *s, size_t len, uint64_t w0, uint32_t h) {
    Table *t = atomic_load_explicit(&cur, memory_order_acquire);
    uint32_t at;
    Sym *sym = t ? find(t, h, w0, s, len, &at) : NULL;
    return sym ? sym : insert(h, w0, s, len);
}

Sym *intern(const char *s, size_t len) {
    uint64_t w0 = word_le(s, len < 8 ? len : 8);
    return intern_word(s, len, w0, intern_hash(w0, s, len));
}

Sym *intern_cstr(const char *s) { return intern(s, strlen(s)); }
