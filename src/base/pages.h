/* pages.h: the base stage's private source of large memory blocks, for
 * arena chunks and big hash tables (see pages.c). Not for other stages. */
#ifndef GOESC_BASE_PAGES_H
#define GOESC_BASE_PAGES_H

#include <stdbool.h>
#include <stddef.h>

enum {
    PAGES_SMALL_SHIFT = 6, /* smallest small block: 64 bytes */
    PAGES_MIN_SHIFT = 16,  /* smallest block: 64 KiB */
    PAGES_MAX_SHIFT = 24,  /* largest pooled block: 16 MiB */
};

/* pages_get returns a block of 1 << shift bytes (PAGES_MIN_SHIFT <= shift
 * <= PAGES_MAX_SHIFT), all zero when zero is set, else with any
 * contents. pages_put takes it back for reuse: all zero but its first
 * dirty bytes (the helper thread clears those later; 0: all zero). Both
 * are thread-safe. */
void *pages_get(int shift, bool zero);
void pages_put(void *p, int shift, size_t dirty);

/* pages_small_get returns a block of 1 << shift bytes (PAGES_SMALL_SHIFT
 * <= shift < PAGES_MIN_SHIFT) with any contents, cut from a 64 KiB block;
 * pages_small_put takes it back for reuse by the calling thread.
 * Thread-safe (each thread has its own). */
void *pages_small_get(int shift);
void pages_small_put(void *p, int shift);

/* pages_shift is the smallest shift whose block holds n bytes (at least
 * PAGES_SMALL_SHIFT), or -1 when n is beyond PAGES_MAX_SHIFT. */
int pages_shift(size_t n);

/* mem_lsan_root tells AddressSanitizer's leak checker to look for
 * pointers to malloc'd blocks in [p, p+n) (mapped memory it does not
 * scan by itself); nothing without the sanitizer. */
void mem_lsan_root(void *p, size_t n);

#endif
