/* diag.c: collected user diagnostics (errors in the analysed Go code).
 * Stages add to a DiagList and keep going; the command decides when and
 * how to print them. */
#include "base.h"

#include <stdio.h>
#include <stdlib.h>

void diag_vadd(DiagList *dl, Pos pos, const char *fmt, va_list ap) {
    if (dl->limit && dl->v.n >= dl->limit) return;
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *s = xmalloc((size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    vec_push(&dl->v, ((Diag){pos, s}));
}

void diag_add(DiagList *dl, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(dl, pos, fmt, ap);
    va_end(ap);
}

int pos_cmp(Pos a, Pos b) {
    if (a.file != b.file) return a.file < b.file ? -1 : 1;
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

/* base_ranks gives each diagnostic the rank of its position base in the
 * order the list first uses the bases (0: no position). */
static uint32_t *base_ranks(const DiagList *dl) {
    uint32_t *rank = xmalloc(sizeof(uint32_t) * (size_t)(dl->v.n + 1));
    Map seen = {0};
    uint32_t next = 1;
    for (int i = 0; i < dl->v.n; i++) {
        Pos p = dl->v.a[i].pos;
        rank[i] = 0;
        if (!p.file) continue;
        void **slot = map_slot(&seen, (uint64_t)p.file << 32 | pos_base(p));
        if (!*slot) *slot = (void *)(uintptr_t)next++;
        rank[i] = (uint32_t)(uintptr_t)*slot;
    }
    map_clear(&seen);
    return rank;
}

static int gc_cmp(uint32_t ra, Pos a, uint32_t rb, Pos b) {
    if (ra != rb) return ra < rb ? -1 : 1;
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

void diag_sort(DiagList *dl) {
    uint32_t *rank = base_ranks(dl);
    /* insertion sort: stable, and lists are short and nearly sorted */
    for (int i = 1; i < dl->v.n; i++) {
        Diag d = dl->v.a[i];
        uint32_t r = rank[i];
        int j = i;
        while (j > 0 && gc_cmp(rank[j - 1], dl->v.a[j - 1].pos, r, d.pos) > 0) {
            dl->v.a[j] = dl->v.a[j - 1];
            rank[j] = rank[j - 1];
            j--;
        }
        dl->v.a[j] = d;
        rank[j] = r;
    }
    free(rank);
}

void diag_format(StrBuf *b, const Diag *d, int flags) {
    if (d->pos.file) {
        pos_format(b, d->pos, flags);
        sb_puts(b, ": ");
    }
    sb_puts(b, d->msg);
}

void diag_print(const DiagList *dl, void *fp) {
    StrBuf b = {0};
    for (int i = 0; i < dl->v.n; i++) {
        diag_format(&b, &dl->v.a[i], 0);
        sb_putc(&b, '\n');
    }
    if (b.len) fwrite(b.s, 1, b.len, fp);
    sb_free(&b);
}

void diag_free(DiagList *dl) {
    for (int i = 0; i < dl->v.n; i++) free(dl->v.a[i].msg);
    vec_free(&dl->v);
}
