/* map.c: open-addressing hash map from nonzero 64-bit keys to pointers.
 * Used for symbol tables and node side tables; key 0 marks an empty slot. */
#include "base.h"

#include <stdlib.h>
#include <string.h>

static uint32_t mix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return (uint32_t)k;
}

static uint32_t find(const Map *m, uint64_t key) {
    uint32_t i = mix(key) & (m->cap - 1);
    while (m->keys[i] && m->keys[i] != key) i = (i + 1) & (m->cap - 1);
    return i;
}

static void grow(Map *m) {
    Map n = {0};
    n.cap = m->cap ? m->cap * 2 : 16;
    n.keys = xmalloc(sizeof(uint64_t) * n.cap);
    n.vals = xmalloc(sizeof(void *) * n.cap);
    memset(n.keys, 0, sizeof(uint64_t) * n.cap);
    for (uint32_t i = 0; i < m->cap; i++) {
        if (!m->keys[i]) continue;
        uint32_t j = find(&n, m->keys[i]);
        n.keys[j] = m->keys[i];
        n.vals[j] = m->vals[i];
    }
    n.len = m->len;
    free(m->keys);
    free(m->vals);
    *m = n;
}

void *map_get(const Map *m, uint64_t key) {
    if (!m->cap) return NULL;
    uint32_t i = find(m, key);
    return m->keys[i] ? m->vals[i] : NULL;
}

bool map_has(const Map *m, uint64_t key) {
    return m->cap && m->keys[find(m, key)] != 0;
}

void map_put(Map *m, uint64_t key, void *val) {
    if (!key) die("map_put: zero key");
    if (4 * (m->len + 1) > 3 * m->cap) grow(m);
    uint32_t i = find(m, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->len++;
    }
    m->vals[i] = val;
}

void map_clear(Map *m) {
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}
