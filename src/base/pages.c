/* pages.c: large memory blocks for arena chunks and big hash tables.
 *
 * Touching fresh memory is the costliest thing goesc does after its real
 * work: every page costs a fault, and faults are slow on virtual machines.
 * So blocks (64 KiB to 16 MiB, powers of two) are carved from big
 * regions with transparent huge pages advised (one fault per 2 MiB instead
 * of 512), and released blocks are pooled per size and reused (a package's
 * memory is the previous package's, without new faults). Pooled blocks
 * are kept in two lists: all-zero ones and dirty ones (with how many of
 * their first bytes need clearing).
 *
 * A helper thread does the memory chores off the threads that do the
 * real work: it populates each region a few MiB ahead of the carving (the
 * kernel clears fresh pages on the helper's core instead of in the middle
 * of type checking), and it clears dirty blocks, so that an arena
 * released by the checker is cleared while the checker goes on. */
#include "base/pages.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "base.h"

enum {
    NSHIFT = PAGES_MAX_SHIFT - PAGES_MIN_SHIFT + 1,
    NSMALL = PAGES_MIN_SHIFT - PAGES_SMALL_SHIFT,
    REGION_SIZE = 64 << 20,
    HUGE_PAGE = 2 << 20,
    PREFAULT_AHEAD = 8 << 20, /* populated bytes kept beyond the carving */
    CLEAN_BATCH = 4 << 20,    /* dirty bytes worth waking the helper for */
};

typedef struct Block {
    struct Block *next;
    size_t dirty; /* in the dirty lists: bytes to clear from the start */
} Block;

static struct {
    pthread_mutex_t lock;
    pthread_cond_t want;        /* the helper waits for work here */
    Block *clean[NSHIFT];       /* pooled all-zero blocks (but for the link) */
    Block *dirty[NSHIFT];       /* pooled blocks with any contents */
    unsigned char *start, *next, *end; /* current region; next: first uncarved byte */
    unsigned char *ready;       /* [start, ready) is populated */
    bool helping;               /* the helper thread runs */
    bool prefaulting;           /* ... and can populate pages */
    bool waiting;               /* ... and waits for work */
    size_t dirty_bytes;         /* to clear in the dirty lists */
} pg = {.lock = PTHREAD_MUTEX_INITIALIZER, .want = PTHREAD_COND_INITIALIZER};

int pages_shift(size_t n) {
    int s = PAGES_SMALL_SHIFT;
    while (s <= PAGES_MAX_SHIFT && ((size_t)1 << s) < n) s++;
    return s <= PAGES_MAX_SHIFT ? s : -1;
}

/* ---- the helper ------------------------------------------------------- */

static bool prefault_due(void) {
    return pg.prefaulting && pg.ready < pg.end && pg.ready < pg.next + PREFAULT_AHEAD;
}

/* prefault populates the next huge page of the current region; the lock
 * is held (and released meanwhile). Without MADV_POPULATE_WRITE (Linux
 * 5.14) prefaulting stops for good. */
static void prefault(void) {
    unsigned char *region = pg.start, *from = pg.ready;
    uintptr_t carved = ((uintptr_t)pg.next) & ~(uintptr_t)(HUGE_PAGE - 1);
    if ((uintptr_t)from < carved) from = (unsigned char *)carved; /* the carving overtook us */
    size_t n = (size_t)(pg.end - from) < HUGE_PAGE ? (size_t)(pg.end - from) : HUGE_PAGE;
    pthread_mutex_unlock(&pg.lock);
    int rc = -1;
#ifdef MADV_POPULATE_WRITE
    rc = madvise(from, n, MADV_POPULATE_WRITE);
#endif
    pthread_mutex_lock(&pg.lock);
    if (rc != 0) pg.prefaulting = false;
    else if (pg.start == region && pg.ready < from + n) pg.ready = from + n;
}

/* clean_some clears the dirty blocks of one size and pools them as clean
 * (taking them all at once: the lock is taken twice, not per block);
 * false when there are none. The lock is held (and released meanwhile). */
static bool clean_some(void) {
    for (int k = 0; k < NSHIFT; k++) {
        Block *list = pg.dirty[k], *last = NULL;
        if (!list) continue;
        pg.dirty[k] = NULL;
        pthread_mutex_unlock(&pg.lock);
        size_t cleared = 0;
        for (Block *b = list, *next; b; b = next) {
            next = b->next;
            cleared += b->dirty;
            memset(b, 0, b->dirty);
            b->next = next;
            last = b;
        }
        pthread_mutex_lock(&pg.lock);
        pg.dirty_bytes -= cleared;
        last->next = pg.clean[k];
        pg.clean[k] = list;
        return true;
    }
    return false;
}

static void *helper_main(void *arg) {
    (void)arg;
    pthread_mutex_lock(&pg.lock);
    for (;;) {
        if (prefault_due()) prefault();
        else if (!clean_some()) {
            pg.waiting = true;
            pthread_cond_wait(&pg.want, &pg.lock);
            pg.waiting = false; /* (a spurious wakeup) */
        }
    }
    return NULL;
}

static void start_helper(void) {
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 64 << 10);
    pg.helping = pg.prefaulting = pthread_create(&t, &attr, helper_main, NULL) == 0;
    pthread_attr_destroy(&attr);
}

/* wake_helper: there is work for the helper; the lock is held. One
 * signal is enough until the helper waits again. */
static void wake_helper(void) {
    if (!pg.waiting) return;
    pg.waiting = false;
    pthread_cond_signal(&pg.want);
}

/* ---- regions ---------------------------------------------------------- */

static void *map_pages(size_t n) {
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) die("out of memory (%zu bytes)", n);
    return p;
}

/* new_region maps a region aligned to huge pages and advises them; the
 * lock is held. */
static void new_region(void) {
    unsigned char *p = map_pages(REGION_SIZE + HUGE_PAGE);
    unsigned char *start = (unsigned char *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
    if (start > p) munmap(p, (size_t)(start - p));
    size_t tail = (size_t)(p + HUGE_PAGE - start);
    if (tail) munmap(start + REGION_SIZE, tail);
#ifdef MADV_HUGEPAGE
    madvise(start, REGION_SIZE, MADV_HUGEPAGE);
#endif
    mem_lsan_root(start, REGION_SIZE);
    bool first = !pg.start;
    pg.start = pg.next = pg.ready = start;
    pg.end = start + REGION_SIZE;
    if (first) start_helper();
}

/* carve takes n bytes of fresh (zero) memory; the lock is held. A rest of
 * the region too small for n is left untouched (it costs no memory). */
static void *carve(size_t n) {
    if ((size_t)(pg.end - pg.next) < n) new_region();
    void *p = pg.next;
    pg.next += n;
    if (prefault_due()) wake_helper();
    return p;
}

/* ---- blocks ----------------------------------------------------------- */

static Block *pop(Block **list) {
    Block *b = *list;
    if (b) *list = b->next;
    return b;
}

void *pages_get(int shift, bool zero) {
    int k = shift - PAGES_MIN_SHIFT;
    if (k < 0 || k >= NSHIFT) die("pages_get: bad size class %d", shift);
    pthread_mutex_lock(&pg.lock);
    Block *b = pop(zero ? &pg.clean[k] : &pg.dirty[k]);
    if (!b) b = pop(zero ? &pg.dirty[k] : &pg.clean[k]);
    if (b && b->dirty) pg.dirty_bytes -= b->dirty;
    if (!b) {
        b = carve((size_t)1 << shift);
        b->dirty = 0; /* fresh memory is zero */
    }
    pthread_mutex_unlock(&pg.lock);
    if (zero) memset(b, 0, b->dirty > sizeof(Block) ? b->dirty : sizeof(Block));
    return b;
}

void pages_put(void *p, int shift, size_t dirty) {
    int k = shift - PAGES_MIN_SHIFT;
    if (k < 0 || k >= NSHIFT) die("pages_put: bad size class %d", shift);
    Block *b = p;
    pthread_mutex_lock(&pg.lock);
    if (dirty) {
        b->dirty = dirty > sizeof(Block) ? dirty : sizeof(Block);
        b->next = pg.dirty[k];
        pg.dirty[k] = b;
        pg.dirty_bytes += b->dirty;
        if (pg.dirty_bytes >= CLEAN_BATCH) wake_helper();
    } else {
        b->dirty = 0;
        b->next = pg.clean[k];
        pg.clean[k] = b;
    }
    pthread_mutex_unlock(&pg.lock);
}

/* ---- small blocks ----------------------------------------------------- */

/* Small blocks (tables of small maps: many, short-lived) are the
 * thread's own, without the lock: cut from a 64 KiB block it takes from
 * the pool, and released to its own lists, which it takes from first. */
static _Thread_local struct {
    Block *free[NSMALL];
    unsigned char *cut, *end; /* rest of the block small blocks are cut from */
} own;

void *pages_small_get(int shift) {
    int k = shift - PAGES_SMALL_SHIFT;
    if (k < 0 || k >= NSMALL) die("pages_small_get: bad size class %d", shift);
    Block *b = pop(&own.free[k]);
    if (b) return b;
    size_t n = (size_t)1 << shift;
    if ((size_t)(own.end - own.cut) < n) { /* the rest (if any) is lost */
        own.cut = pages_get(PAGES_MIN_SHIFT, false);
        own.end = own.cut + ((size_t)1 << PAGES_MIN_SHIFT);
    }
    void *p = own.cut;
    own.cut += n;
    return p;
}

void pages_small_put(void *p, int shift) {
    int k = shift - PAGES_SMALL_SHIFT;
    if (k < 0 || k >= NSMALL) die("pages_small_put: bad size class %d", shift);
    Block *b = p;
    b->next = own.free[k];
    own.free[k] = b;
}
