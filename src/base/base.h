/* base.h: the public header of the base stage.
 *
 * Everything later stages share: fatal errors for internal bugs, arenas,
 * growable vectors, interned names (Sym), hash maps keyed by integers or
 * pointers, source files and compact positions, and collected user
 * diagnostics. Nothing here knows about Go. */
#ifndef GOESC_BASE_H
#define GOESC_BASE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- internal bugs ---------------------------------------------------- */

/* die reports an internal bug with its C source position and aborts. User
 * errors never come here: they are diagnostics. */
#define die(...) die_at(__FILE__, __LINE__, __VA_ARGS__)
_Noreturn void die_at(const char *file, int line, const char *fmt, ...);

void *xmalloc(size_t n);           /* malloc or die */
void *xrealloc(void *p, size_t n); /* realloc or die */
char *xstrdup(const char *s);
char *xsprintf(const char *fmt, ...); /* malloc'd formatted string */

/* ---- arenas ----------------------------------------------------------- */

/* An Arena hands out zeroed memory from large chunks; everything it gave
 * is released at once by arena_free or arena_reset. Never free one node. */
typedef struct Arena Arena;

/* ArenaBump begins every Arena: the free rest of its current chunk, for
 * the inline common case of arena_alloc (the rest is arena.c's). */
typedef struct ArenaBump {
    unsigned char *next, *end;
} ArenaBump;
void *arena_alloc_slow(Arena *a, size_t n); /* n a multiple of 8 */

Arena *arena_new(void);
/* arena_alloc: n zeroed bytes, 8-byte aligned */
static inline void *arena_alloc(Arena *a, size_t n) {
    ArenaBump *b = (ArenaBump *)a;
    n = (n + 7) & ~(size_t)7;
    if (n > (size_t)(b->end - b->next)) return arena_alloc_slow(a, n);
    void *p = b->next;
    b->next += n;
    return p;
}
void *arena_dup(Arena *a, const void *p, size_t n);
char *arena_strndup(Arena *a, const char *s, size_t n);
void arena_reset(Arena *a); /* forget everything, keep the first chunk */
/* arena_trim gives back [p, end) when it is the end of the latest
 * allocation and was never written (still zero): for a caller that took a
 * block and used only its start. Otherwise it does nothing. */
void arena_trim(Arena *a, const void *p, const void *end);
void arena_free(Arena *a);
size_t arena_used(const Arena *a);

/* bulk_alloc returns n zeroed, page-aligned bytes that live until exit,
 * from large mappings the kernel may back with huge pages: for arena
 * chunks and big tables, never for small objects. */
void *bulk_alloc(size_t n);

#define NEW(arena, T) ((T *)arena_alloc((arena), sizeof(T)))
#define NEWARR(arena, T, n) ((T *)arena_alloc((arena), sizeof(T) * (size_t)(n)))

/* ---- vectors ---------------------------------------------------------- */

/* Vec(T) is a malloc-backed growable array for scratch lists; copy the
 * finished list into an arena with vec_to_arena when it must outlive the
 * scratch. */
#define Vec(T) struct { T *a; int n, cap; }
#define vec_push(v, x)                                                        \
    do {                                                                      \
        if ((v)->n == (v)->cap) {                                             \
            (v)->cap = (v)->cap ? 2 * (v)->cap : 8;                           \
            (v)->a = xrealloc((v)->a, sizeof(*(v)->a) * (size_t)(v)->cap);    \
        }                                                                     \
        (v)->a[(v)->n++] = (x);                                               \
    } while (0)
#define vec_free(v) (free((v)->a), (v)->a = NULL, (v)->n = (v)->cap = 0)
#define vec_to_arena(arena, v) arena_dup((arena), (v)->a, sizeof(*(v)->a) * (size_t)(v)->n)

/* ---- interned names --------------------------------------------------- */

/* A Sym is an interned string: equal strings give the same pointer, so
 * names compare by pointer. s is NUL-terminated. Syms live forever. */
typedef struct Sym {
    uint32_t len;
    uint32_t hash;
    char s[];
} Sym;

Sym *intern(const char *s, size_t len);
Sym *intern_cstr(const char *s);
uint32_t hash_bytes(const void *p, size_t n);

/* The lexer's way in: w0 is the name's first (up to) 8 bytes as a
 * zero-padded little-endian word (word_le), hash is intern_hash(w0, s,
 * len). The table takes no lock to find a name already interned. */
uint32_t intern_hash(uint64_t w0, const char *s, size_t len);
Sym *intern_word(const char *s, size_t len, uint64_t w0, uint32_t hash);

/* word_le reads n <= 8 bytes at s as a zero-padded little-endian word,
 * without reading past them. */
static inline uint64_t word_le(const char *s, size_t n) {
    uint64_t w = 0;
    if (n >= 8) memcpy(&w, s, 8);
    else for (size_t i = 0; i < n; i++) w |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return w;
}

/* ---- hash maps -------------------------------------------------------- */

/* Map is an open-addressing table from nonzero 64-bit keys (integers or
 * pointers) to pointers. Iteration order is unspecified: sort before
 * printing anything taken from a Map. A zeroed Map is empty; release one
 * with map_clear only (big tables are not malloc'd). A key and its value
 * share a slot (a lookup touches one cache line). */
typedef struct MapSlot {
    uint64_t key; /* 0: empty */
    void *val;
} MapSlot;

typedef struct Map {
    MapSlot *slots;
    uint32_t cap, len;
} Map;

/* Walking all slots, for i < m->cap: map_key_at is 0 for an empty one. */
static inline uint64_t map_key_at(const Map *m, uint32_t i) { return m->slots[i].key; }
static inline void *map_val_at(const Map *m, uint32_t i) { return m->slots[i].val; }

void *map_get(const Map *m, uint64_t key);
void map_put(Map *m, uint64_t key, void *val);
bool map_has(const Map *m, uint64_t key);
void map_clear(Map *m);
/* map_slot is the value slot of key, inserted with a NULL value when
 * missing (so map_has is then true); valid until the next insertion. */
void **map_slot(Map *m, uint64_t key);
void map_reserve(Map *m, uint32_t n); /* room for n entries without growing */
bool map_del(Map *m, uint64_t key);    /* false if key was missing; moves other entries */
#define map_getp(m, p) map_get((m), (uint64_t)(uintptr_t)(p))
#define map_putp(m, p, v) map_put((m), (uint64_t)(uintptr_t)(p), (v))
#define map_slotp(m, p) map_slot((m), (uint64_t)(uintptr_t)(p))
#define map_delp(m, p) map_del((m), (uint64_t)(uintptr_t)(p))

/* ---- files and positions ---------------------------------------------- */

/* Pos is a compact source position: a file id from file_add, a 1-based
 * line and a 1-based byte column (a tab counts 1), as gc reports them.
 * file 0 means "no position". */
typedef struct Pos {
    uint32_t file;
    uint32_t line;
    uint32_t col;
} Pos;

typedef struct SrcFile {
    const char *path;    /* as given (used in messages) */
    const char *display; /* the name printed in diagnostics */
    const char *text;    /* NUL-terminated contents, or NULL if unread */
    size_t size;
} SrcFile;

uint32_t file_add(const char *path, const char *text, size_t size);
SrcFile *file_get(uint32_t id);
const char *file_display(uint32_t id);
void file_set_display(uint32_t id, const char *name);

/* read_file reads a whole file into a NUL-terminated malloc'd buffer.
 * It returns NULL and sets *err (a static strerror text) on failure. */
char *read_file(const char *path, size_t *size, const char **err);

/* ---- string building ---------------------------------------------------- */

/* StrBuf is a growable, always NUL-terminated, malloc-backed string. */
typedef struct StrBuf {
    char *s;
    size_t len, cap;
} StrBuf;

void sb_putc(StrBuf *b, char c);
void sb_putn(StrBuf *b, const char *s, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_printf(StrBuf *b, const char *fmt, ...);
void sb_reset(StrBuf *b); /* empty, keep the memory */
void sb_free(StrBuf *b);

/* ---- diagnostics ------------------------------------------------------ */

/* User-facing errors in the analysed code are collected, never printed
 * from deep inside a stage; the command prints them in order. */
typedef struct Diag {
    Pos pos;
    char *msg;
} Diag;

typedef struct DiagList {
    Vec(Diag) v;
    int limit; /* stop collecting after this many (0: no limit) */
} DiagList;

void diag_add(DiagList *dl, Pos pos, const char *fmt, ...);
void diag_vadd(DiagList *dl, Pos pos, const char *fmt, va_list ap);
void diag_sort(DiagList *dl); /* stable by (file, line, col) */
void diag_print(const DiagList *dl, void *fp);
void diag_free(DiagList *dl);
int pos_cmp(Pos a, Pos b);

#endif
