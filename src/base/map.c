/* map.c: open-addressing hash map from nonzero 64-bit keys to pointers.
 * Used for symbol tables and node side tables; key 0 marks an empty slot.
 * Tables are blocks of pages.c (huge pages, reused from table to table
 * without new page faults); only giant ones are malloc's. */
#include "base.h"

#include <stdlib.h>
#include <string.h>

#include "base/pages.h"

static MapSlot *table_new(uint32_t cap) {
    size_t n = sizeof(MapSlot) * cap;
    int shift = pages_shift(n);
    void *p;
    if (shift >= PAGES_MIN_SHIFT) return pages_get(shift, true);
    p = shift >= 0 ? pages_small_get(shift) : xmalloc(n);
    memset(p, 0, n);
    return p;
}

static void table_free(MapSlot *p, uint32_t cap) {
    size_t n = sizeof(MapSlot) * cap;
    int shift = pages_shift(n);
    if (!p) return;
    if (shift >= PAGES_MIN_SHIFT) pages_put(p, shift, n);
    else if (shift >= 0) pages_small_put(p, shift);
    else free(p);
}

static uint32_t mix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return (uint32_t)k;
}

static uint32_t find(const Map *m, uint64_t key) {
    uint32_t i = mix(key) & (m->cap - 1);
    while (m->slots[i].key && m->slots[i].key != key) i = (i + 1) & (m->cap - 1);
    return i;
}

/* rehash moves m's entries to a table of cap slots (a power of two). */
static void rehash(Map *m, uint32_t cap) {
    Map n = {0};
    n.cap = cap;
    n.slots = table_new(cap);
    for (uint32_t i = 0; i < m->cap; i++)
        if (m->slots[i].key) n.slots[find(&n, m->slots[i].key)] = m->slots[i];
    n.len = m->len;
    table_free(m->slots, m->cap);
    *m = n;
}

static void grow(Map *m) { rehash(m, m->cap ? m->cap * 2 : 8); }

void map_reserve(Map *m, uint32_t n) {
    uint32_t cap = 16;
    while (cap < n + n / 2 + 1) cap *= 2;
    if (cap > m->cap) rehash(m, cap);
}

void *map_get(const Map *m, uint64_t key) {
    if (!m->cap) return NULL;
    const MapSlot *s = &m->slots[find(m, key)];
    return s->key ? s->val : NULL;
}

bool map_has(const Map *m, uint64_t key) {
    return m->cap && m->slots[find(m, key)].key != 0;
}

void **map_slot(Map *m, uint64_t key) {
    if (!key) die("map_put: zero key");
    if (4 * (m->len + 1) > 3 * m->cap) grow(m);
    MapSlot *s = &m->slots[find(m, key)];
    if (!s->key) {
        s->key = key;
        s->val = NULL;
        m->len++;
    }
    return &s->val;
}

void map_put(Map *m, uint64_t key, void *val) { *map_slot(m, key) = val; }

/* map_del empties key's slot and moves later entries of its probe run
 * back (backward-shift deletion: no tombstones, probes stay short). */
bool map_del(Map *m, uint64_t key) {
    if (!m->cap || !key) return false;
    uint32_t mask = m->cap - 1, hole = find(m, key);
    if (!m->slots[hole].key) return false;
    for (uint32_t j = (hole + 1) & mask; m->slots[j].key; j = (j + 1) & mask) {
        uint32_t home = mix(m->slots[j].key) & mask;
        /* the entry at j may fill the hole unless its home lies in (hole, j] */
        bool stays = hole < j ? (home > hole && home <= j) : (home > hole || home <= j);
        if (stays) continue;
        m->slots[hole] = m->slots[j];
        hole = j;
    }
    m->slots[hole].key = 0;
    m->len--;
    return true;
}

void map_clear(Map *m) {
    table_free(m->slots, m->cap);
    memset(m, 0, sizeof *m);
}
