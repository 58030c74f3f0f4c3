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

/* ---- files and positions ---------------------------------------------- */

/* Pos is a compact source position: a file id from file_add, a 1-based
 * line and a 1-based byte column (a tab counts 1), as gc reports them.
 * file 0 means "no position". */
typedef struct Pos {
    uint32_t file;
    uint32_t line;
    uint32_t col;
} Pos;

/* A LineBase is what a valid //line or block-comment line directive sets
 * up (gc's line PosBase): from the absolute position (line, col) of its
 * file on (the character after the directive), positions read as
 * name:rline+(l-line), with column rcol+(c-col) on that first line and c
 * on later ones, or no column when rcol is 0. Positions stay absolute
 * everywhere; only printing applies the bases (pos_rel, pos_format). */
typedef struct LineBase {
    uint32_t line, col;   /* where it starts (absolute) */
    uint32_t rline, rcol; /* what the directive says; rcol 0: no column */
    const char *name;     /* gc's file name for it ("" if none) */
    const char *display;  /* the name printed, shortened as file names are */
} LineBase;

typedef struct SrcFile {
    const char *path;    /* as given (used in messages) */
    const char *display; /* the name printed in diagnostics */
    const char *text;    /* NUL-terminated contents, or NULL if unread */
    size_t size;
    Vec(LineBase) bases; /* in position order; written by the file's parser only */
} SrcFile;

uint32_t file_add(const char *path, const char *text, size_t size);
SrcFile *file_get(uint32_t id);
const char *file_display(uint32_t id);
void file_set_display(uint32_t id, const char *name);

/* file_naming says how names are printed, for the names line directives
 * give (set it before parsing): relative to cwd as go build shortens them
 * (path_short; cwd NULL: as gc computes them), or, with base_names (Go's
 * test harness), relative to the directive's file as if it were compiled
 * in its own directory. */
void file_naming(const char *cwd, bool base_names);

/* file_add_line_base adds the base of a valid line directive of file id
 * starting at (line, col): name[0:n] as written (gc cleans it and joins a
 * relative name to the file's directory), or the previous base's name
 * when inherit (an empty name with a column). Bases come in position
 * order; only the file's parser adds them. */
void file_add_line_base(uint32_t id, Pos at, uint32_t rline, uint32_t rcol, const char *name, size_t n,
                        bool inherit);

/* RelPos is a position as gc prints it after line directives (src.Pos's
 * RelFilename/RelLine/RelCol): col 0 is an unknown column; base is the
 * LineBase, NULL in the file's own base. Lines and columns wrap as gc's
 * unsigned arithmetic does. */
typedef struct RelPos {
    const char *name, *display;
    uint64_t line, col;
    const LineBase *base;
} RelPos;

/* pos_rel maps p through its file's line bases; xpos applies gc's lico
 * limits first (lines saturate at 2^20-1 dropping the column, columns at
 * 255), as for everything gc prints through an XPos. */
RelPos pos_rel(Pos p, bool xpos);

enum {
    POS_NOCOL = 1,   /* -C: no columns */
    POS_EXPORT = 2,  /* a line base without a name prints as "??" (names
                        coming back from export data: escape's -m lines) */
};

/* pos_base identifies the position base p is in: 0 for its file's own
 * base, k for the file's k-th line base. */
uint32_t pos_base(Pos p);

/* pos_cmp_rel is types2's cmpPos (syntax.Pos.Cmp): by the name of the
 * position's base (its file's, or its line directive's), then by absolute
 * line and column. */
int pos_cmp_rel(Pos a, Pos b);

/* pos_format appends p as gc's base.FmtPos prints it: "file:line:col"
 * after the line directives; no column with POS_NOCOL, when unknown or
 * when it does not fit gc's 8 bits (255 and more). */
void pos_format(StrBuf *b, Pos p, int flags);

/* pos_in_msg is p as types2 formats a syntax.Pos inside a message:
 * "file:line:col" after the line directives, then "[file:line:col]" of
 * the absolute position when they differ (malloc'd). */
char *pos_in_msg(Pos p);

/* Paths as Go's path/filepath (Unix): Clean, Dir, Join; malloc'd. */
char *path_clean(const char *p, size_t n);
char *path_dir(const char *p);
char *path_join(const char *dir, const char *name);
/* path_short is an absolute path as go build shows the compiler's output
 * for a package in directory dir: dir, then each of its parents, is
 * replaced by its path relative to cwd where that is shorter ("./x.go"
 * for a file of a package in cwd, "../y/x.go" next to it); malloc'd. */
char *path_short(const char *cwd, const char *dir, const char *path);

/* read_file reads a whole file into a NUL-terminated malloc'd buffer.
 * It returns NULL and sets *err (a static strerror text) on failure. */
char *read_file(const char *path, size_t *size, const char **err);

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
/* diag_sort orders as gc prints errors (sorted XPos): stably by position
 * base, bases in the order the list first uses them (gc numbers a base
 * when its first position is made, which for errors is when the first is
 * reported), then by absolute line and column; positionless ones first. */
void diag_sort(DiagList *dl);
/* diag_format appends "pos: msg" (pos_format's flags), or msg alone
 * without a position; diag_print prints each as a line. */
void diag_format(StrBuf *b, const Diag *d, int flags);
void diag_print(const DiagList *dl, void *fp);
void diag_free(DiagList *dl);
int pos_cmp(Pos a, Pos b);

#endif
