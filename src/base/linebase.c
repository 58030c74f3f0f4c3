/* linebase.c: positions as gc prints them after line directives.
 *
 * gc's parser gives each valid //line or block-comment line directive a
 * position base (syntax.PosBase) and every later position of the file
 * refers to it; printing shows the position relative to its base
 * (cmd/internal/src). We keep positions absolute and each file's bases
 * in position order beside it (SrcFile.bases), and apply them only when a
 * position is printed: the base of a position is the last one starting
 * at or before it, which is the one gc's parser had when it made the
 * position, since a directive takes effect just after its comment. */
#include "base.h"

#include <stdio.h>
#include <string.h>

enum { LINE_MAX_XPOS = (1 << 20) - 1, COL_MAX_XPOS = 255 }; /* src.lico's limits */

static struct {
    char cwd[4096]; /* empty: no shortening */
    bool base_names;
} naming;

void file_naming(const char *cwd, bool base_names) {
    snprintf(naming.cwd, sizeof naming.cwd, "%s", cwd ? cwd : "");
    naming.base_names = base_names;
}

/* gc_name: the name gc was given for the file (go build passes absolute
 * paths; the test harness a short one, which we show as is). */
static const char *gc_name(const SrcFile *f) { return naming.base_names ? f->display : f->path; }

/* directive_name is gc's name for a directive's file name: cleaned, and
 * joined to the directory of the file holding it when relative. */
static const char *directive_name(const SrcFile *f, const char *name, size_t n) {
    char *clean = path_clean(name, n);
    if (clean[0] == '/' || naming.base_names) return clean;
    char *dir = path_dir(f->path);
    const char *full = clean;
    if (strcmp(dir, ".")) {
        full = path_join(dir, clean);
        free(clean);
    }
    free(dir);
    return full;
}

void file_add_line_base(uint32_t id, Pos at, uint32_t rline, uint32_t rcol, const char *name, size_t n,
                        bool inherit) {
    SrcFile *f = file_get(id);
    LineBase b = {at.line, at.col, rline, rcol, "", ""};
    if (inherit && f->bases.n) {
        b.name = f->bases.a[f->bases.n - 1].name;
        b.display = f->bases.a[f->bases.n - 1].display;
    } else if (inherit) {
        b.name = gc_name(f);
        b.display = f->display;
    } else if (n) {
        b.name = directive_name(f, name, n);
        b.display = b.name;
        if (naming.cwd[0] && !naming.base_names) {
            char *dir = path_dir(f->path);
            b.display = path_short(naming.cwd, dir, b.name);
            free(dir);
        }
    }
    vec_push(&f->bases, b);
}

/* base_at is the last base starting at or before (line, col), or NULL. */
static const LineBase *base_at(const SrcFile *f, uint32_t line, uint32_t col) {
    int lo = 0, hi = f->bases.n; /* bases [0, lo) start at or before */
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        const LineBase *b = &f->bases.a[mid];
        if (b->line < line || (b->line == line && b->col <= col)) lo = mid + 1;
        else hi = mid;
    }
    return lo ? &f->bases.a[lo - 1] : NULL;
}

/* lico applies gc's limits of a line and column kept in an XPos. */
static void lico(uint64_t *line, uint64_t *col) {
    if (*line >= LINE_MAX_XPOS) *line = LINE_MAX_XPOS, *col = 0;
    if (*col > COL_MAX_XPOS) *col = COL_MAX_XPOS;
}

uint32_t pos_base(Pos p) {
    const SrcFile *f = file_get(p.file);
    const LineBase *b = base_at(f, p.line, p.col);
    return b ? (uint32_t)(b - f->bases.a) + 1 : 0;
}

RelPos pos_rel(Pos p, bool xpos) {
    const SrcFile *f = file_get(p.file);
    uint64_t line = p.line, col = p.col;
    if (xpos) lico(&line, &col);
    const LineBase *b = base_at(f, p.line, p.col);
    if (!b) return (RelPos){gc_name(f), f->display, line, col, NULL};
    uint64_t bline = b->line, bcol = b->col;
    if (xpos) lico(&bline, &bcol);
    RelPos r = {b->name, b->display, b->rline + (line - bline), 0, b};
    if (b->rcol) r.col = line == bline ? b->rcol + (col - bcol) : col;
    return r;
}

int pos_cmp_rel(Pos a, Pos b) {
    const char *na = a.file ? pos_rel(a, false).name : "", *nb = b.file ? pos_rel(b, false).name : "";
    int c = strcmp(na, nb);
    if (c) return c < 0 ? -1 : 1;
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

void pos_format(StrBuf *sb, Pos p, int flags) {
    if (!p.file || !p.line) {
        sb_puts(sb, "<unknown line number>");
        return;
    }
    const SrcFile *f = file_get(p.file);
    if (!f->bases.n && p.line < LINE_MAX_XPOS && p.col > 0 && p.col < COL_MAX_XPOS && !(flags & POS_NOCOL)) {
        sb_printf(sb, "%s:%u:%u", f->display, p.line, p.col); /* the common case, at once */
        return;
    }
    RelPos r = pos_rel(p, true);
    const char *name = r.base && !r.name[0] && (flags & POS_EXPORT) ? "??" : r.display;
    sb_printf(sb, "%s:%llu", name, (unsigned long long)r.line);
    if (!(flags & POS_NOCOL) && r.col > 0 && r.col < COL_MAX_XPOS) sb_printf(sb, ":%llu", (unsigned long long)r.col);
}

/* position_string is syntax's position_.String(). */
static void position_string(StrBuf *sb, const char *name, uint64_t line, uint64_t col) {
    if (!line) sb_puts(sb, name[0] ? name : "<unknown position>");
    else if (!col) sb_printf(sb, "%s:%llu", name, (unsigned long long)line);
    else sb_printf(sb, "%s:%llu:%llu", name, (unsigned long long)line, (unsigned long long)col);
}

char *pos_in_msg(Pos p) {
    StrBuf sb = {0};
    RelPos r = pos_rel(p, false);
    position_string(&sb, r.display, r.line, r.col);
    const char *abs = gc_name(file_get(p.file));
    if (r.base && (strcmp(r.name, abs) || r.line != p.line || r.col != p.col)) {
        sb_putc(&sb, '[');
        position_string(&sb, abs, p.line, p.col);
        sb_putc(&sb, ']');
    }
    return sb.s;
}
