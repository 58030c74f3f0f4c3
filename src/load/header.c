/* header.c: reading what the top of a Go file declares.
 *
 * go list needs only a file's leading comments (for build constraints),
 * its package clause and its imports, so this is a small scanner of its
 * own rather than the full parser: it stops at the first declaration. The
 * constraint rules follow go/build: //go:build lines count anywhere in the
 * leading run of comments, // +build lines only in the part of it that
 * ends with a blank line, and only when there is no //go:build line. */
#include "load/internal.h"

#include <string.h>

/* ---- leading comments ------------------------------------------------ */

static const char *trim(const char *s, const char *e, const char **end) {
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n' || *s == '\v' || *s == '\f')) s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n' || e[-1] == '\v' || e[-1] == '\f')) e--;
    *end = e;
    return s;
}

static bool has_prefix(const char *s, const char *e, const char *pre) {
    size_t n = strlen(pre);
    return (size_t)(e - s) >= n && !memcmp(s, pre, n);
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

/* gobuild_expr: the expression of a //go:build line, or NULL. */
static const char *gobuild_expr(Arena *a, const char *s, const char *e) {
    if (!has_prefix(s, e, "//go:build")) return NULL;
    const char *r = s + 10;
    if (r < e && !is_space(*r)) return NULL;
    const char *re;
    r = trim(r, e, &re);
    return arena_strndup(a, r, (size_t)(re - r));
}

/* plusbuild_opts: the options of a // +build line, or NULL. */
static const char *plusbuild_opts(Arena *a, const char *s, const char *e) {
    if (!has_prefix(s, e, "//")) return NULL;
    const char *re;
    const char *r = trim(s + 2, e, &re);
    if (!has_prefix(r, re, "+build")) return NULL;
    r += 6;
    if (r < re && !is_space(*r)) return NULL;
    r = trim(r, re, &re);
    return arena_strndup(a, r, (size_t)(re - r));
}

/* scan_comments finds the //go:build line and the +build lines that count. */
static void scan_comments(Arena *a, const char *src, size_t n, LoadHeader *h) {
    const char *p = src, *end = src + n, *blank = src;
    bool ended = false, in_block = false;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end, *next = nl ? nl + 1 : end;
        const char *ls = trim(p, le, &le);
        p = next;
        if (ls == le && !ended) {
            blank = p;
            continue;
        }
        if (!has_prefix(ls, le, "//")) ended = true;
        const char *gb = in_block ? NULL : gobuild_expr(a, ls, le);
        if (gb) {
            if (h->gobuild) h->builderr = "multiple //go:build comments";
            h->gobuild = gb;
        }
        while (ls < le) {
            if (in_block) {
                const char *q = ls;
                while (q + 1 < le && !(q[0] == '*' && q[1] == '/')) q++;
                if (q + 1 >= le) break;
                in_block = false;
                ls = trim(q + 2, le, &le);
            } else if (has_prefix(ls, le, "//")) {
                break;
            } else if (has_prefix(ls, le, "/*")) {
                in_block = true;
                ls = trim(ls + 2, le, &le);
            } else {
                goto done;
            }
        }
    }
done:
    for (p = src; p < blank;) {
        const char *nl = memchr(p, '\n', (size_t)(blank - p));
        const char *le = nl ? nl : blank;
        const char *ls = trim(p, le, &le);
        p = nl ? nl + 1 : blank;
        const char *opts = plusbuild_opts(a, ls, le);
        if (opts) vec_push(&h->plusbuild, opts);
    }
}

/* ---- tokens ---------------------------------------------------------- */

enum { T_EOF, T_IDENT, T_STRING, T_PUNCT, T_BAD };

typedef struct Scan {
    Arena *a;
    const char *src, *p, *end;
    int line;
    const char *line_start;
    int kind;           /* T_* of the current token */
    const char *tok;    /* its first byte */
    size_t len;
    int tline, tcol;
    const char *err;    /* first error, "line:col: msg" */
    bool nl_before;     /* a newline precedes the token (an implicit ';') */
} Scan;

static void error_at(Scan *s, int line, int col, const char *msg) {
    if (!s->err) s->err = load_fmt(s->a, "%d:%d: %s", line, col, msg);
}

static void newline(Scan *s, const char *p) {
    s->line++;
    s->line_start = p + 1;
}

static void skip_space(Scan *s) {
    for (;;) {
        const char *p = s->p;
        while (p < s->end && is_space(*p)) {
            if (*p == '\n') newline(s, p);
            p++;
        }
        if (p + 1 < s->end && p[0] == '/' && p[1] == '/') {
            while (p < s->end && *p != '\n') p++;
        } else if (p + 1 < s->end && p[0] == '/' && p[1] == '*') {
            int l = s->line, c = (int)(p - s->line_start) + 1;
            p += 2;
            while (p + 1 < s->end && !(p[0] == '*' && p[1] == '/')) {
                if (*p == '\n') newline(s, p);
                p++;
            }
            if (p + 1 >= s->end) {
                error_at(s, l, c, "comment not terminated");
                p = s->end;
            } else {
                p += 2;
            }
        } else {
            s->p = p;
            return;
        }
        s->p = p;
    }
}

static bool ident_byte(unsigned char c) {
    return c == '_' || c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

static void scan_string(Scan *s) {
    const char *p = s->p;
    char q = *p++;
    while (p < s->end && *p != q) {
        if (q == '"' && *p == '\n') break;
        if (q == '"' && *p == '\\' && p + 1 < s->end) p++;
        if (*p == '\n') newline(s, p);
        p++;
    }
    if (p >= s->end || *p != q) {
        error_at(s, s->tline, s->tcol, q == '"' ? "string literal not terminated" : "raw string literal not terminated");
        s->kind = T_BAD;
        s->p = p;
        return;
    }
    s->p = p + 1;
    s->kind = T_STRING;
}

static void next(Scan *s) {
    int line = s->line;
    skip_space(s);
    s->nl_before = s->line != line;
    s->tok = s->p;
    s->tline = s->line;
    s->tcol = (int)(s->p - s->line_start) + 1;
    if (s->p >= s->end) {
        s->kind = T_EOF;
    } else if (ident_byte((unsigned char)*s->p) && !(*s->p >= '0' && *s->p <= '9')) {
        while (s->p < s->end && ident_byte((unsigned char)*s->p)) s->p++;
        s->kind = T_IDENT;
    } else if (*s->p == '"' || *s->p == '`') {
        scan_string(s);
    } else {
        s->p++;
        s->kind = T_PUNCT;
    }
    s->len = (size_t)(s->p - s->tok);
}

static bool is_word(const Scan *s, const char *w) {
    return s->kind == T_IDENT && s->len == strlen(w) && !memcmp(s->tok, w, s->len);
}

static bool is_punct(const Scan *s, char c) { return s->kind == T_PUNCT && *s->tok == c; }

static const char *describe(const Scan *s) {
    if (s->kind == T_EOF) return "'EOF'";
    if (s->kind == T_IDENT) return load_fmt(s->a, "%.*s", (int)s->len, s->tok);
    if (s->kind == T_STRING) return load_fmt(s->a, "%.*s", (int)s->len, s->tok);
    return load_fmt(s->a, "'%c'", *s->tok);
}

static void expected(Scan *s, const char *what) {
    if (s->kind == T_BAD) return;
    error_at(s, s->tline, s->tcol, load_fmt(s->a, "expected %s, found %s", what, describe(s)));
}

/* ---- unquoting ------------------------------------------------------- */

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 32) >= 'a' && (c | 32) <= 'f') return (c | 32) - 'a' + 10;
    return -1;
}

static void put_utf8(char **o, unsigned long r) {
    char *q = *o;
    if (r < 0x80) *q++ = (char)r;
    else if (r < 0x800) *q++ = (char)(0xC0 | r >> 6), *q++ = (char)(0x80 | (r & 63));
    else if (r < 0x10000) *q++ = (char)(0xE0 | r >> 12), *q++ = (char)(0x80 | ((r >> 6) & 63)), *q++ = (char)(0x80 | (r & 63));
    else *q++ = (char)(0xF0 | r >> 18), *q++ = (char)(0x80 | ((r >> 12) & 63)), *q++ = (char)(0x80 | ((r >> 6) & 63)), *q++ = (char)(0x80 | (r & 63));
    *o = q;
}

/* escape decodes one backslash escape at *p (after the backslash). */
static bool escape(const char **pp, const char *e, char **o) {
    const char *p = *pp;
    static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\\"\"''";
    const char *hit = p < e ? strchr(simple, *p) : NULL;
    if (hit && *p && (hit - simple) % 2 == 0) {
        *(*o)++ = hit[1];
        *pp = p + 1;
        return true;
    }
    int digits = 0, base = 16;
    if (p < e && *p == 'x') digits = 2;
    else if (p < e && *p == 'u') digits = 4;
    else if (p < e && *p == 'U') digits = 8;
    else if (p < e && *p >= '0' && *p <= '7') digits = 3, base = 8, p--;
    else return false;
    p++;
    unsigned long v = 0;
    for (int i = 0; i < digits; i++, p++) {
        int d = p < e ? hexval(*p) : -1;
        if (d < 0 || d >= base) return false;
        v = v * (unsigned)base + (unsigned)d;
    }
    if (digits == 2 || base == 8) *(*o)++ = (char)v;
    else put_utf8(o, v);
    *pp = p;
    return true;
}

static const char *unquote(Arena *a, const char *s, size_t n) {
    if (s[0] == '`') return arena_strndup(a, s + 1, n - 2);
    char *buf = arena_alloc(a, n), *o = buf;
    for (const char *p = s + 1, *e = s + n - 1; p < e;) {
        if (*p != '\\') {
            *o++ = *p++;
        } else {
            p++;
            if (!escape(&p, e, &o)) return NULL;
        }
    }
    *o = 0;
    return buf;
}

/* ---- package clause and imports --------------------------------------- */

static void skip_semis(Scan *s) {
    while (is_punct(s, ';')) next(s);
}

static void import_spec(Scan *s, LoadHeader *h) {
    int line = s->tline, col = s->tcol;
    if (s->kind == T_IDENT || is_punct(s, '.')) next(s);
    if (s->kind != T_STRING) {
        expected(s, "'STRING'");
        return;
    }
    const char *path = unquote(s->a, s->tok, s->len);
    if (!path) {
        error_at(s, s->tline, s->tcol, "invalid import path");
        path = "";
    }
    LoadImport imp = {path, {0, (uint32_t)line, (uint32_t)col}};
    vec_push(&h->imports, imp);
    if (!strcmp(path, "C")) h->cgo = true;
    next(s);
}

static void import_decl(Scan *s, LoadHeader *h) {
    next(s);
    if (!is_punct(s, '(')) {
        import_spec(s, h);
        return;
    }
    next(s);
    while (!s->err && !is_punct(s, ')')) {
        if (s->kind == T_EOF) {
            expected(s, "')'");
            return;
        }
        import_spec(s, h);
        if (is_punct(s, ';')) next(s);
        else if (!is_punct(s, ')') && !s->nl_before && !s->err) expected(s, "';'");
    }
    next(s);
}

static void package_and_imports(Scan *s, LoadHeader *h) {
    next(s);
    if (!is_word(s, "package")) {
        expected(s, "'package'");
        return;
    }
    next(s);
    if (s->kind != T_IDENT) {
        expected(s, "'IDENT'");
        return;
    }
    h->pkgname = arena_strndup(s->a, s->tok, s->len);
    if (!strcmp(h->pkgname, "_")) error_at(s, s->tline, s->tcol, "invalid package name _");
    next(s);
    skip_semis(s);
    while (!s->err && is_word(s, "import")) {
        import_decl(s, h);
        skip_semis(s);
    }
}

void load_read_header(Arena *a, const char *src, size_t n, LoadHeader *h) {
    memset(h, 0, sizeof *h);
    if (n >= 3 && !memcmp(src, "\xEF\xBB\xBF", 3)) src += 3, n -= 3;
    scan_comments(a, src, n, h);
    Scan s = {.a = a, .src = src, .p = src, .end = src + n, .line = 1, .line_start = src};
    package_and_imports(&s, h);
    h->err = s.err;
    h->end = s.err || s.kind == T_EOF ? n : (size_t)(s.tok - src);
}

int load_header_should_build(const LoadConfig *cfg, const LoadHeader *h, const char **err) {
    if (h->builderr) {
        *err = h->builderr;
        return -1;
    }
    if (h->gobuild) {
        const char *e = NULL;
        int v = load_eval_gobuild(cfg, h->gobuild, &e);
        if (v < 0) *err = xsprintf("parsing //go:build line: %s", e);
        return v;
    }
    bool ok = true;
    for (int i = 0; i < h->plusbuild.n; i++) ok = load_eval_plusbuild(cfg, h->plusbuild.a[i]) && ok;
    return ok;
}
