/* intern.c: the global table of interned names.
 * Identifiers are interned once when lexed, so every later comparison of
 * names is a pointer comparison. Syms are never freed. */
#include "base.h"

#include <pthread.h>
#include <string.h>

/* The table is shared by the parser threads and the checker. */
static pthread_mutex_t tab_lock = PTHREAD_MUTEX_INITIALIZER;

static struct {
    Sym **slots;
    uint32_t cap, len;
    Arena *arena;
} tab;

uint32_t hash_bytes(const void *p, size_t n) {
    /* FNV-1a */
    const unsigned char *s = p;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 16777619u;
    return h;
}

static void grow(void) {
    uint32_t ncap = tab.cap ? tab.cap * 2 : 4096;
    Sym **ns = xmalloc(sizeof(Sym *) * ncap);
    memset(ns, 0, sizeof(Sym *) * ncap);
    for (uint32_t i = 0; i < tab.cap; i++) {
        Sym *s = tab.slots[i];
        if (!s) continue;
        uint32_t j = s->hash & (ncap - 1);
        while (ns[j]) j = (j + 1) & (ncap - 1);
        ns[j] = s;
    }
    free(tab.slots);
    tab.slots = ns;
    tab.cap = ncap;
}

static Sym *intern_locked(const char *s, size_t len) {
    if (2 * (tab.len + 1) > tab.cap) grow();
    if (!tab.arena) tab.arena = arena_new();
    uint32_t h = hash_bytes(s, len);
    uint32_t i = h & (tab.cap - 1);
    for (Sym *e; (e = tab.slots[i]); i = (i + 1) & (tab.cap - 1))
        if (e->hash == h && e->len == len && memcmp(e->s, s, len) == 0) return e;
    Sym *n = arena_alloc(tab.arena, sizeof(Sym) + len + 1);
    n->len = (uint32_t)len;
    n->hash = h;
    memcpy(n->s, s, len);
    n->s[len] = 0;
    tab.slots[i] = n;
    tab.len++;
    return n;
}

Sym *intern(const char *s, size_t len) {
    pthread_mutex_lock(&tab_lock);
    Sym *sym = intern_locked(s, len);
    pthread_mutex_unlock(&tab_lock);
    return sym;
}

Sym *intern_cstr(const char *s) { return intern(s, strlen(s)); }
