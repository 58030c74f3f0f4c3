/* leaks.c: a parameter's leak set (gc's escape/leaks.go) and the tags
 * kept for the importers of a package.
 *
 * A leak set holds, per sink (heap, mutator, callee, results 0..4), the
 * minimum derefs of a flow from the parameter, stored as derefs+1 in a
 * byte (0: no flow; saturating at 255). gc writes it into export data as
 * a tag string in which a heap flow at derefs 0 is the empty string, so
 * such a param shows importers nothing else; esc_leaks_tag applies that
 * rule. Tags of every analysed function live in one long-lived arena,
 * keyed by the function's types Object, so later packages of the same
 * process see them as gc sees export data. */
#include "escape/esc.h"

#include <string.h>

int esc_leaks_get(const EscLeaks *l, int i) { return (int)l->v[i] - 1; }

static void leaks_set(EscLeaks *l, int i, int derefs) {
    int v = derefs + 1;
    if (v < 0) die("invalid derefs count: %d", derefs);
    if (v > 255) v = 255;
    l->v[i] = (uint8_t)v;
}

void esc_leaks_add(EscLeaks *l, int i, int derefs) {
    int old = esc_leaks_get(l, i);
    if (old < 0 || derefs < old) leaks_set(l, i, derefs);
}

/* esc_leaks_optimize drops flows that are no shorter than the shortest
 * flow to the heap: they add nothing. */
void esc_leaks_optimize(EscLeaks *l) {
    int x = esc_leaks_get(l, LEAK_HEAP);
    if (x < 0) return;
    for (int i = 1; i < LEAK_N; i++)
        if (esc_leaks_get(l, i) >= x) leaks_set(l, i, -1);
}

EscLeaks esc_leaks_heap(void) {
    EscLeaks l;
    memset(&l, 0, sizeof l);
    esc_leaks_add(&l, LEAK_HEAP, 0);
    return l;
}

EscLeaks esc_leaks_tag(EscLeaks l) {
    if (esc_leaks_get(&l, LEAK_HEAP) == 0) return esc_leaks_heap();
    return l;
}

void esc_leaks_encode(StrBuf *b, EscLeaks l) {
    if (esc_leaks_get(&l, LEAK_HEAP) == 0) return;
    int n = LEAK_N;
    while (n > 0 && l.v[n - 1] == 0) n--;
    sb_puts(b, "esc:");
    for (int i = 0; i < n; i++) sb_printf(b, "\\x%02x", l.v[i]);
}

/* ---- tags for importers ---------------------------------------------------------- */

typedef struct TagStore {
    Arena *arena;
    Map byobj; /* Object* -> EscTags* */
} TagStore;

static TagStore tag_store;

void esc_tags_publish(Object *fn, const EscTags *t) {
    if (!fn) return;
    if (!tag_store.arena) tag_store.arena = arena_new();
    EscTags *c = NEW(tag_store.arena, EscTags);
    *c = *t;
    c->params = t->n ? arena_dup(tag_store.arena, t->params, sizeof(EscLeaks) * (size_t)t->n) : NULL;
    map_putp(&tag_store.byobj, fn, c);
}

const EscTags *esc_tags_lookup(Object *fn) { return fn ? map_getp(&tag_store.byobj, fn) : NULL; }
