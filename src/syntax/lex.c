/* lex.c: the Go lexer.
 *
 * Scans a NUL-terminated buffer by pointer, one token per lex_next call,
 * dispatching on a table of what each byte can start, with no
 * per-character function calls on the hot paths (names and blanks are
 * scanned 16 bytes at a time, names resolved through a per-thread cache
 * before the shared intern table). Semicolons are inserted at newlines and EOF after the tokens
 * the spec lists; comments are skipped, but //go: and line directives are
 * recorded in the AstFile. Positions are 1-based line and byte column.
 * Errors use gc's scanner wording and the lexer always makes progress. */
#include <pthread.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "syntax/parser.h"

enum { C_LETTER = 1, C_DIGIT = 2, C_HEX = 4, C_SPACE = 8 };

static uint8_t cclass[256];
static uint8_t single[256];         /* tokens of one byte that never start a longer one */

/* What a byte can start, for lex_next's dispatch (K_OP: an operator or an
 * invalid character). */
enum { K_OP, K_BLANK, K_NL, K_NAME, K_SINGLE, K_DIGIT, K_DOT, K_QUOTE, K_SLASH, K_NUL, K_HIGH };
static uint8_t ckind[256];
static bool nlsemi_after[TK_COUNT]; /* a newline after these ends a statement */
static void init_keywords(void);
static void fmt_U(char *buf, size_t cap, uint32_t r, const char *src, int n);

void syn_init(void) {
    if (cclass['a']) return;
    init_keywords();
    parse_init_sets();
    for (int c = 'a'; c <= 'z'; c++) cclass[c] = C_LETTER;
    for (int c = 'A'; c <= 'Z'; c++) cclass[c] = C_LETTER;
    cclass['_'] = C_LETTER;
    for (int c = '0'; c <= '9'; c++) cclass[c] = C_DIGIT | C_HEX;
    for (int c = 'a'; c <= 'f'; c++) cclass[c] |= C_HEX;
    for (int c = 'A'; c <= 'F'; c++) cclass[c] |= C_HEX;
    cclass[' '] = cclass['\t'] = cclass['\r'] = C_SPACE;
    static const Tok ones[] = {TK_LPAREN, TK_LBRACK, TK_LBRACE, TK_COMMA, TK_RPAREN, TK_RBRACK, TK_RBRACE, TK_SEMICOLON, TK_TILDE};
    for (size_t i = 0; i < sizeof ones / sizeof ones[0]; i++) single[(unsigned char)tok_string(ones[i])[0]] = (uint8_t)ones[i];
    static const Tok semis[] = {TK_IDENT, TK_BREAK, TK_CONTINUE, TK_FALLTHROUGH, TK_RETURN, TK_RPAREN, TK_RBRACK, TK_RBRACE};
    for (size_t i = 0; i < sizeof semis / sizeof semis[0]; i++) nlsemi_after[semis[i]] = true;
    for (int c = 0; c < 256; c++) {
        ckind[c] = cclass[c] & C_LETTER ? K_NAME : cclass[c] & C_DIGIT ? K_DIGIT : cclass[c] & C_SPACE ? K_BLANK
                 : single[c] ? K_SINGLE : c >= 0x80 ? K_HIGH : K_OP;
    }
    ckind['\n'] = K_NL, ckind['.'] = K_DOT, ckind['/'] = K_SLASH, ckind[0] = K_NUL;
    ckind['"'] = ckind['`'] = ckind['\''] = K_QUOTE;
}

/* Runs of name bytes and of blanks, 16 bytes at a time where SSE2 is
 * there (every x86-64): no branch per byte, so the end of a name or of an
 * indentation costs no mispredicted loop exit. Each returns how many of
 * the 16 bytes at p belong to the run (16: all); p + 16 must be readable.
 * Bytes >= 0x80 end both runs (the callers handle them). */
#ifdef __SSE2__
static inline unsigned name_run16(const char *p) {
    __m128i x = _mm_loadu_si128((const __m128i *)p);
    __m128i lower = _mm_or_si128(x, _mm_set1_epi8(0x20));
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                   _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
    __m128i in = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi8(x, _mm_set1_epi8('_')));
    return (unsigned)__builtin_ctz(~(unsigned)_mm_movemask_epi8(in));
}

static inline unsigned blank_run16(const char *p) {
    __m128i x = _mm_loadu_si128((const __m128i *)p);
    __m128i in = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\t'))),
                              _mm_cmpeq_epi8(x, _mm_set1_epi8('\r')));
    return (unsigned)__builtin_ctz(~(unsigned)_mm_movemask_epi8(in));
}
#endif

/* skip_blanks returns the first byte at or after p that is not a space,
 * tab or carriage return. */
static inline const char *skip_blanks(const Lexer *lx, const char *p) {
    p += *p == ' '; /* most often one space or none: no loop for that */
    if (!(cclass[(unsigned char)*p] & C_SPACE)) return p;
#ifdef __SSE2__
    while (lx->end - p >= 16) {
        unsigned k = blank_run16(p);
        p += k;
        if (k < 16) return p;
    }
#endif
    while (cclass[(unsigned char)*p] & C_SPACE) p++;
    return p;
}

static Pos here(const Lexer *lx, const char *p) {
    return (Pos){lx->file, lx->line, (uint32_t)(p - lx->linestart) + 1};
}

SYN_COLD static void lerror(Lexer *lx, const char *at, const char *fmt, const char *arg) {
    lx->bad = true;
    syn_error(lx->errs, here(lx, at), fmt, arg);
}

void lex_init(Lexer *lx, uint32_t file, const char *src, size_t n, Arena *arena, SynErrors *errs,
              AstFile *af) {
    syn_init();
    memset(lx, 0, sizeof *lx);
    lx->src = lx->p = lx->linestart = src;
    lx->end = src + n;
    lx->file = file;
    lx->line = 1;
    lx->arena = arena;
    lx->errs = errs;
    lx->af = af;
    if (n >= 3 && !memcmp(src, "\xEF\xBB\xBF", 3)) lx->p += 3; /* BOM; columns still count it */
}

/* ---- UTF-8 ------------------------------------------------------------ */

uint32_t utf8_decode(const char *s, size_t n, int *size) {
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = u[0];
    *size = 1;
    if (c < 0x80) return c;
    int need;
    uint32_t min, r;
    if (c >= 0xC2 && c <= 0xDF) need = 1, r = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) need = 2, r = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) need = 3, r = c & 0x07, min = 0x10000;
    else return 0xFFFD;
    if ((size_t)need >= n) return 0xFFFD;
    for (int i = 1; i <= need; i++) {
        if ((u[i] & 0xC0) != 0x80) return 0xFFFD;
        r = r << 6 | (u[i] & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return 0xFFFD;
    *size = need + 1;
    return r;
}

/* decode at p, reporting invalid encodings, NUL and stray BOMs; returns the
 * rune and advances *pp past it. */
static uint32_t next_rune(Lexer *lx, const char **pp) {
    const char *p = *pp;
    int size;
    uint32_t r = utf8_decode(p, (size_t)(lx->end - p), &size);
    if (r == 0xFFFD && size == 1) lerror(lx, p, "invalid UTF-8 encoding", NULL);
    else if (r == 0xFEFF) lerror(lx, p, "invalid BOM in the middle of the file", NULL);
    *pp = p + size;
    return r;
}

/* ---- names ------------------------------------------------------------ */

Sym *syn_intern(const char *s, size_t n) { return intern(s, n); }

/* Keywords by length, compared as one or two words. */
typedef struct Keyword {
    uint64_t w0, w1;
    Tok tok;
    Sym *sym; /* its text, for the name cache's comparisons */
} Keyword;
static Keyword kwtab[12][8];
static int kwcount[12];

static void init_keywords(void) {
    for (int t = TK_FIRST_KEYWORD; t <= TK_LAST_KEYWORD; t++) {
        const char *k = tok_string((Tok)t);
        uint32_t n = (uint32_t)strlen(k);
        Keyword *kw = &kwtab[n][kwcount[n]++];
        kw->w0 = word_le(k, n < 8 ? n : 8);
        kw->w1 = n > 8 ? word_le(k + 8, n - 8) : 0;
        kw->tok = (Tok)t;
        kw->sym = intern(k, n);
    }
}

static inline const Keyword *keyword(const char *s, uint32_t n, uint64_t w0) {
    uint64_t w1 = n > 8 ? word_le(s + 8, n - 8) : 0;
    const Keyword *kw = kwtab[n];
    for (int i = 0; i < kwcount[n]; i++)
        if (kw[i].w0 == w0 && kw[i].w1 == w1) return &kw[i];
    return NULL;
}

/* The thread's name cache sits in front of keyword lookup and the shared
 * intern table: direct-mapped by the name's first and last 8 bytes and
 * length, an entry holds a name's first 8 bytes (zero-padded), length,
 * token (TK_IDENT or the keyword) and Sym, so a repeated name of at most 8
 * bytes is resolved from one entry. Syms live forever, so entries never
 * dangle; a thread's cache goes to the next thread when it ends. */
typedef struct NameEntry {
    uint64_t w0;
    uint32_t len;
    uint32_t tok;
    Sym *sym;
} NameEntry;

enum { NCACHE_BITS = 12 };

static _Thread_local NameEntry *ncache;
static struct {
    pthread_mutex_t lock;
    pthread_key_t key;
    pthread_once_t once;
    Vec(NameEntry *) spare; /* caches of threads that ended */
} ncaches = {PTHREAD_MUTEX_INITIALIZER, 0, PTHREAD_ONCE_INIT, {0}};

static void ncache_release(void *c) {
    pthread_mutex_lock(&ncaches.lock);
    vec_push(&ncaches.spare, (NameEntry *)c);
    pthread_mutex_unlock(&ncaches.lock);
}

static void ncache_key(void) { pthread_key_create(&ncaches.key, ncache_release); }

static NameEntry *ncache_get(void) {
    pthread_once(&ncaches.once, ncache_key);
    pthread_mutex_lock(&ncaches.lock);
    NameEntry *c = ncaches.spare.n ? ncaches.spare.a[--ncaches.spare.n] : NULL;
    pthread_mutex_unlock(&ncaches.lock);
    if (!c) c = bulk_alloc(sizeof(NameEntry) << NCACHE_BITS);
    pthread_setspecific(ncaches.key, c);
    return ncache = c;
}

/* name_miss resolves a name the cache did not have and caches it. */
static Tok name_miss(Lexer *lx, NameEntry *e, const char *s, uint32_t n, uint64_t w0, bool ascii) {
    const Keyword *kw = ascii && n >= 2 && n <= 11 ? keyword(s, n, w0) : NULL;
    Sym *sym = kw ? kw->sym : intern_word(s, n, w0, intern_hash(w0, s, n));
    *e = (NameEntry){w0, n, kw ? kw->tok : TK_IDENT, sym};
    lx->sym = sym;
    return (Tok)e->tok;
}

/* same_tail compares bytes 8..n of two names of length n > 8. */
static inline bool same_tail(const char *a, const char *b, uint32_t n) {
    if (n > 16) return !memcmp(a + 8, b + 8, n - 8);
    uint64_t x, y;
    memcpy(&x, a + n - 8, 8);
    memcpy(&y, b + n - 8, 8);
    return x == y;
}

/* name_token finds the token (and for TK_IDENT the Sym in lx->sym) of the
 * name s[0..n), whose first 8 bytes are w0. */
static inline Tok name_token(Lexer *lx, const char *s, uint32_t n, uint64_t w0, bool ascii) {
    uint64_t key = w0;
    if (n > 8) {
        uint64_t wl;
        memcpy(&wl, s + n - 8, 8);
        key ^= (wl + n) * 0x9E3779B97F4A7C15ull;
    }
    NameEntry *c = ncache ? ncache : ncache_get();
    NameEntry *e = &c[(key * 0xBF58476D1CE4E5B9ull) >> (64 - NCACHE_BITS)];
    if (e->w0 != w0 || e->len != n || (n > 8 && !same_tail(e->sym->s, s, n))) return name_miss(lx, e, s, n, w0, ascii);
    lx->sym = e->sym;
    return (Tok)e->tok;
}

static Tok scan_name(Lexer *lx, const char *p) {
    const char *start = p;
    bool ascii = true;
    for (;;) {
#ifdef __SSE2__
        if (lx->end - p >= 16) {
            unsigned k = name_run16(p);
            p += k;
            if (k == 16) continue;
        }
#endif
        unsigned char c = (unsigned char)*p;
        if (cclass[c] & (C_LETTER | C_DIGIT)) {
            p++;
            continue;
        }
        if (c < 0x80 || p >= lx->end) break;
        const char *q = p;
        uint32_t r = next_rune(lx, &q);
        if (!uni_is_letter(r) && !uni_is_digit(r)) {
            if (r == 0xFFFD || r == 0xFEFF) break;
            char buf[48];
            fmt_U(buf, sizeof buf, r, p, (int)(q - p));
            lerror(lx, p, "invalid character %s in identifier", buf);
        }
        ascii = false;
        p = q;
    }
    uint32_t n = (uint32_t)(p - start);
    lx->p = p;
    lx->lit = start;
    lx->len = n;
    uint64_t w0;
    if (lx->end - start >= 8) { /* one load, masked to the name */
        memcpy(&w0, start, 8);
        if (n < 8) w0 &= (1ull << (8 * n)) - 1;
    } else {
        w0 = word_le(start, n < 8 ? n : 8);
    }
    Tok t = name_token(lx, start, n, w0, ascii);
    lx->nlsemi = nlsemi_after[t];
    return t;
}

/* ascii_name scans a name at p the short way when its 16 bytes show its
 * end and it is all ASCII (nearly always), else the general way. */
static inline Tok ascii_name(Lexer *lx, const char *p) {
#ifdef __SSE2__
    if (lx->end - p >= 16) {
        unsigned n = name_run16(p);
        if (n < 16 && (unsigned char)p[n] < 0x80) {
            uint64_t w0;
            memcpy(&w0, p, 8);
            w0 &= ~0ull >> (64 - 8 * (n < 8 ? n : 8)); /* n >= 1: a letter started it */
            lx->p = p + n;
            lx->lit = p;
            lx->len = n;
            Tok t = name_token(lx, p, n, w0, true);
            lx->nlsemi = nlsemi_after[t];
            return t;
        }
    }
#endif
    return scan_name(lx, p);
}

/* ---- error text helpers ------------------------------------------------ */

/* fmt_U formats r as Go's %#U: U+0041 'A' (the character only when
 * printable); src/n are its bytes in the source. */
static void fmt_U(char *buf, size_t cap, uint32_t r, const char *src, int n) {
    bool printable = (r >= 0x20 && r < 0x7f) || (r >= 0xA0 && r != 0xAD && r != 0xFEFF && r != 0xFFFD);
    if (!printable) snprintf(buf, cap, "U+%04X", r);
    else if (r < 0x80) snprintf(buf, cap, "U+%04X '%c'", r, (int)r);
    else snprintf(buf, cap, "U+%04X '%.*s'", r, n, src);
}

/* fmt_q formats the character at p as Go's %q of a rune. */
static void fmt_q(Lexer *lx, char *buf, size_t cap, const char *p) {
    unsigned char c = (unsigned char)*p;
    const char *esc = NULL;
    switch (c) {
    case '\'': esc = "\\'"; break;
    case '\\': esc = "\\\\"; break;
    case '\n': esc = "\\n"; break;
    case '\t': esc = "\\t"; break;
    case '\r': esc = "\\r"; break;
    case '\a': esc = "\\a"; break;
    case '\b': esc = "\\b"; break;
    case '\f': esc = "\\f"; break;
    case '\v': esc = "\\v"; break;
    }
    if (p >= lx->end) snprintf(buf, cap, "'\\ufffd'");
    else if (esc) snprintf(buf, cap, "'%s'", esc);
    else if (c < 0x20 || c == 0x7f) snprintf(buf, cap, "'\\x%02x'", c);
    else if (c < 0x80) snprintf(buf, cap, "'%c'", c);
    else {
        int size;
        uint32_t r = utf8_decode(p, (size_t)(lx->end - p), &size);
        if (r == 0xFFFD) snprintf(buf, cap, "'\\ufffd'");
        else snprintf(buf, cap, "'%.*s'", size, p);
    }
}

/* ---- numbers ---------------------------------------------------------- */

static const char *basename_of(int base) {
    switch (base) {
    case 16: return "hexadecimal";
    case 8: return "octal";
    case 2: return "binary";
    }
    return "decimal";
}

/* digits scans digits of base (<= 10: any decimal digit, remembering the
 * first invalid one) and '_'; returns flags: 1 digits seen, 2 '_' seen. */
static int digits(const char **pp, int base, const char **invalid) {
    const char *p = *pp;
    int ds = 0;
    if (base <= 10) {
        for (;; p++) {
            unsigned char c = (unsigned char)*p;
            if (c == '_') ds |= 2;
            else if (c >= '0' && c <= '9') {
                ds |= 1;
                if (c - '0' >= base && !*invalid) *invalid = p;
            } else break;
        }
    } else {
        for (;; p++) {
            unsigned char c = (unsigned char)*p;
            if (c == '_') ds |= 2;
            else if (cclass[c] & C_HEX) ds |= 1;
            else break;
        }
    }
    *pp = p;
    return ds;
}

/* invalid_sep returns the index of the first misplaced '_' or -1. */
static int invalid_sep(const char *s, int n) {
    int x1 = ' ', d = '.', i = 0;
    if (n >= 2 && s[0] == '0' && strchr("xXbBoO", s[1])) {
        x1 = s[1] | 0x20;
        d = '0';
        i = 2;
    }
    for (; i < n; i++) {
        int p = d;
        int c = s[i];
        d = c;
        if (c == '_') {
            if (p != '0') return i;
        } else if ((c >= '0' && c <= '9') || (x1 == 'x' && (cclass[(unsigned char)c] & C_HEX))) {
            d = '0';
        } else {
            if (p == '_') return i - 1;
            d = '.';
        }
    }
    if (d == '_') return n - 1;
    return -1;
}

/* scan_number scans a number literal; like gc it reports only the first
 * error of a literal, at gc's positions. */
static Tok scan_number(Lexer *lx, const char *p) {
    const char *start = p, *invalid = NULL;
    int base = 10, prefix = 0, ds = 0;
    bool ok = true;
    char msg[96];
    Tok kind = TK_INT;
    bool point = *p == '.';
    if (!point) {
        if (*p == '0') {
            p++;
            switch (*p | 0x20) {
            case 'x': p++, base = 16, prefix = 'x'; break;
            case 'o': p++, base = 8, prefix = 'o'; break;
            case 'b': p++, base = 2, prefix = 'b'; break;
            default: base = 8, prefix = '0', ds = 1; break;
            }
        }
        ds |= digits(&p, base, &invalid);
        if (*p == '.') {
            if (prefix == 'o' || prefix == 'b') {
                snprintf(msg, sizeof msg, "invalid radix point in %s literal", basename_of(base));
                lerror(lx, p, "%s", msg);
                ok = false;
            }
            point = true;
        }
    }
    if (point) {
        p++;
        kind = TK_FLOAT;
        ds |= digits(&p, base, &invalid);
    }
    if (!(ds & 1) && ok) {
        snprintf(msg, sizeof msg, "%s literal has no digits", basename_of(base));
        lerror(lx, p, "%s", msg);
        ok = false;
    }
    int e = *p | 0x20;
    if (e == 'e' || e == 'p') {
        if (ok && ((e == 'e' && prefix != 0 && prefix != '0') || (e == 'p' && prefix != 'x'))) {
            snprintf(msg, sizeof msg, "'%c' exponent requires %s mantissa", *p, e == 'e' ? "decimal" : "hexadecimal");
            lerror(lx, p, "%s", msg);
            ok = false;
        }
        p++;
        kind = TK_FLOAT;
        if (*p == '+' || *p == '-') p++;
        const char *inv2 = NULL;
        int eds = digits(&p, 10, &inv2);
        ds = eds | (ds & 2);
        if (!(eds & 1) && ok) {
            lerror(lx, p, "exponent has no digits", NULL);
            ok = false;
        }
    } else if (prefix == 'x' && kind == TK_FLOAT && ok) {
        lerror(lx, p, "hexadecimal mantissa requires a 'p' exponent", NULL);
        ok = false;
    }
    if (*p == 'i') {
        kind = TK_IMAG;
        p++;
    }
    if (kind == TK_INT && invalid && ok) {
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *invalid, basename_of(base));
        lerror(lx, invalid, "%s", msg);
        ok = false;
    }
    if ((ds & 2) && ok) {
        int i = invalid_sep(start, (int)(p - start));
        if (i >= 0) lerror(lx, start + i, "'_' must separate successive digits", NULL);
    }
    lx->p = p;
    lx->lit = start;
    lx->len = (uint32_t)(p - start);
    lx->nlsemi = true;
    return kind;
}

/* ---- strings and runes ------------------------------------------------ */

/* escape checks one escape after '\\' at *pp (pointing after the
 * backslash); quote is the enclosing quote. Returns false on error. */
static bool escape(Lexer *lx, const char **pp, char quote) {
    const char *p = *pp;
    int n = 0, base = 0;
    uint32_t max = 0;
    char c = *p;
    char msg[96];
    switch (c) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        *pp = p + 1;
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x': p++, n = 2, base = 16, max = 255; break;
    case 'u': p++, n = 4, base = 16, max = 0x10FFFF; break;
    case 'U': p++, n = 8, base = 16, max = 0x10FFFF; break;
    default:
        if (c == quote) {
            *pp = p + 1;
            return true;
        }
        if (p >= lx->end) return true; /* the caller complains about EOF */
        lerror(lx, p, "unknown escape", NULL);
        return false;
    }
    uint32_t x = 0;
    for (int i = 0; i < n; i++) {
        if (p >= lx->end) {
            *pp = p;
            return true; /* the caller complains about EOF */
        }
        unsigned char d = (unsigned char)*p;
        int v = d >= '0' && d <= '9' ? d - '0' : (d | 0x20) >= 'a' && (d | 0x20) <= 'f' ? (d | 0x20) - 'a' + 10 : 99;
        if (v >= base) {
            char q[16];
            fmt_q(lx, q, sizeof q, p);
            snprintf(msg, sizeof msg, "invalid character %s in %s escape", q, basename_of(base));
            lerror(lx, p, "%s", msg);
            *pp = p;
            return false;
        }
        x = x * (uint32_t)base + (uint32_t)v;
        p++;
    }
    *pp = p;
    if (x > max && base == 8) {
        snprintf(msg, sizeof msg, "octal escape value %u > 255", x);
        lerror(lx, p, "%s", msg);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        char u[32];
        snprintf(u, sizeof u, "U+%04X", x);
        lerror(lx, p, "escape is invalid Unicode code point %s", u);
        return false;
    }
    return true;
}

static Tok scan_string(Lexer *lx, const char *p) {
    const char *start = p++;
    bool ok = true;
    for (;;) {
        unsigned char c = (unsigned char)*p;
        if (c == '"') {
            p++;
            break;
        }
        if (c == '\\') {
            p++;
            if (!escape(lx, &p, '"')) ok = false;
            continue;
        }
        if (c == '\n') {
            lerror(lx, p, "newline in string", NULL);
            break;
        }
        if (p >= lx->end) {
            lerror(lx, start, "string not terminated", NULL);
            break;
        }
        if (c >= 0x80 || c == 0) {
            if (c == 0) lerror(lx, p, "invalid NUL character", NULL), p++;
            else next_rune(lx, &p);
            continue;
        }
        p++;
    }
    (void)ok;
    lx->p = p;
    lx->lit = start;
    lx->len = (uint32_t)(p - start);
    lx->nlsemi = true;
    return TK_STRING;
}

static Tok scan_raw_string(Lexer *lx, const char *p) {
    const char *start = p++;
    uint32_t sline = lx->line;
    const char *sls = lx->linestart;
    bool cr = false;
    for (;;) {
        unsigned char c = (unsigned char)*p;
        if (c == '`') {
            p++;
            break;
        }
        if (p >= lx->end) {
            lx->bad = true;
            syn_error(lx->errs, (Pos){lx->file, sline, (uint32_t)(start - sls) + 1}, "string not terminated");
            break;
        }
        if (c == '\n') {
            lx->line++;
            lx->linestart = p + 1;
        } else if (c == '\r') {
            cr = true;
        } else if (c >= 0x80 || c == 0) {
            if (c == 0) lerror(lx, p, "invalid NUL character", NULL), p++;
            else next_rune(lx, &p);
            continue;
        }
        p++;
    }
    lx->p = p;
    lx->len = (uint32_t)(p - start);
    lx->lit = start;
    if (cr) { /* go/scanner drops carriage returns from raw strings */
        char *s = arena_alloc(lx->arena, lx->len + 1);
        uint32_t k = 0;
        for (uint32_t i = 0; i < lx->len; i++)
            if (start[i] != '\r') s[k++] = start[i];
        s[k] = 0;
        lx->lit = s;
        lx->len = k;
    }
    lx->nlsemi = true;
    return TK_STRING;
}

static Tok scan_rune(Lexer *lx, const char *p) {
    const char *start = p++;
    int n = 0;
    bool ok = true;
    for (;; n++) {
        unsigned char c = (unsigned char)*p;
        if (c == '\'') {
            if (ok) {
                if (n == 0) lerror(lx, p, "empty rune literal or unescaped '", NULL);
                else if (n != 1) lerror(lx, start, "more than one character in rune literal", NULL);
            }
            p++;
            break;
        }
        if (c == '\\') {
            p++;
            if (!escape(lx, &p, '\'')) ok = false;
            continue;
        }
        if (c == '\n') {
            if (ok) lerror(lx, p, "newline in rune literal", NULL);
            break;
        }
        if (p >= lx->end) {
            if (ok) lerror(lx, start, "rune literal not terminated", NULL);
            break;
        }
        if (c >= 0x80) next_rune(lx, &p);
        else p++;
    }
    lx->p = p;
    lx->lit = start;
    lx->len = (uint32_t)(p - start);
    lx->nlsemi = true;
    return TK_CHAR;
}

/* ---- comments and directives ------------------------------------------ */

static void add_directive(Lexer *lx, AstDirectives *v, Pos pos, const char *s, size_t n) {
    vec_push(v, ((AstDirective){pos, arena_strndup(lx->arena, s, n)}));
}

/* record looks at a comment's text (without delimiters) for directives. */
static void record(Lexer *lx, const char *at, const char *s, size_t n, bool line_comment) {
    AstFile *af = lx->af;
    if (!af) return;
    Pos pos = here(lx, at);
    if (n >= 5 && !memcmp(s, "line ", 5)) {
        if (pos.col != 1 && line_comment) return;
        add_directive(lx, &af->lines, pos, s, n);
        Pos after = line_comment ? (Pos){pos.file, pos.line + 1, 1} : (Pos){pos.file, pos.line, pos.col + (uint32_t)n + 4};
        syn_line_directive(lx->errs, pos, after, s + 5, n - 5);
        return;
    }
    if (!line_comment || n < 3 || memcmp(s, "go:", 3)) {
        if (line_comment && n >= 6 && !memcmp(s, " +build", 7 <= n ? 7 : n) && pos.col == 1)
            add_directive(lx, &af->builds, pos, s, n);
        return;
    }
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
    add_directive(lx, &af->directives, pos, s, n);
    AstDirectives *v = NULL;
    if (n >= 8 && !memcmp(s, "go:build", 8) && (n == 8 || s[8] == ' ' || s[8] == '\t')) v = &af->builds;
    else if (n > 12 && !memcmp(s, "go:linkname ", 12)) v = &af->linknames;
    else if (n >= 8 && !memcmp(s, "go:embed", 8) && (n == 8 || s[8] == ' ' || s[8] == '\t')) v = &af->embeds;
    else if (n > 7 && !memcmp(s, "go:cgo_", 7)) v = &af->cgos;
    if (v) vec_push(v, af->directives.a[af->directives.n - 1]);
}

/* line_comment skips a // comment at p; stops at the newline. */
static const char *line_comment(Lexer *lx, const char *p) {
    const char *start = p;
    const char *nl = memchr(p, '\n', (size_t)(lx->end - p));
    const char *e = nl ? nl : lx->end;
    p += 2;
    /* fast path: check words for NUL and non-ASCII bytes */
    while (e - p >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        if (((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull) | (w & 0x8080808080808080ull)) break;
        p += 8;
    }
    while (p < e) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x80) {
            next_rune(lx, &p);
            continue;
        }
        if (c == 0) lerror(lx, p, "invalid NUL character", NULL);
        p++;
    }
    p = e;
    if (start[2] == 'g' || start[2] == 'l' || (start[2] == ' ' && start[3] == '+')) { /* candidates for record */
        if (e > start + 2 && e[-1] == '\r') e--;
        record(lx, start, start + 2, (size_t)(e - start - 2), true);
    }
    return p;
}

/* block_comment skips a block comment at p; *nl gets the position of its
 * first newline (file 0 if none). */
static const char *block_comment(Lexer *lx, const char *p, Pos *nl) {
    const char *start = p;
    uint32_t sline = lx->line;
    const char *sls = lx->linestart;
    nl->file = 0;
    p += 2;
    for (;;) {
        unsigned char c = (unsigned char)*p;
        if (c == '*' && p[1] == '/') {
            p += 2;
            break;
        }
        if (c == '\n') {
            if (!nl->file) *nl = here(lx, p);
            lx->line++;
            lx->linestart = p + 1;
        } else if (c >= 0x80) {
            next_rune(lx, &p);
            continue;
        } else if (c == 0) {
            if (p >= lx->end) {
                syn_error(lx->errs, (Pos){lx->file, sline, (uint32_t)(start - sls) + 1},
                          "comment not terminated");
                return p;
            }
            lerror(lx, p, "invalid NUL character", NULL);
        }
        p++;
    }
    if (start[2] == 'l' && lx->af) {
        uint32_t l = lx->line;
        const char *ls = lx->linestart;
        lx->line = sline, lx->linestart = sls;
        record(lx, start, start + 2, (size_t)(p - start - 4), false);
        lx->line = l, lx->linestart = ls;
    }
    return p;
}

/* ---- operators -------------------------------------------------------- */

#define OP2(c2, t2, t1) (p[1] == (c2) ? (p += 2, TK_##t2) : (p += 1, TK_##t1))

static Tok scan_op(Lexer *lx, const char *p) {
    Tok t;
    bool nlsemi = lx->nlsemi;
    lx->nlsemi = false;
    switch (*p) {
    case '(': p++, t = TK_LPAREN; break;
    case '[': p++, t = TK_LBRACK; break;
    case '{': p++, t = TK_LBRACE; break;
    case ',': p++, t = TK_COMMA; break;
    case ';': p++, t = TK_SEMICOLON; break;
    case ')': p++, t = TK_RPAREN, lx->nlsemi = true; break;
    case ']': p++, t = TK_RBRACK, lx->nlsemi = true; break;
    case '}': p++, t = TK_RBRACE, lx->nlsemi = true; break;
    case '~': p++, t = TK_TILDE; break;
    case ':': t = OP2('=', DEFINE, COLON); break;
    case '.':
        if (p[1] == '.' && p[2] == '.') p += 3, t = TK_ELLIPSIS;
        else p++, t = TK_PERIOD;
        break;
    case '+':
        if (p[1] == '+') p += 2, t = TK_INC, lx->nlsemi = true;
        else t = OP2('=', ADD_ASSIGN, ADD);
        break;
    case '-':
        if (p[1] == '-') p += 2, t = TK_DEC, lx->nlsemi = true;
        else t = OP2('=', SUB_ASSIGN, SUB);
        break;
    case '*': t = OP2('=', MUL_ASSIGN, MUL); break;
    case '/': t = OP2('=', QUO_ASSIGN, QUO); break;
    case '%': t = OP2('=', REM_ASSIGN, REM); break;
    case '^': t = OP2('=', XOR_ASSIGN, XOR); break;
    case '=': t = OP2('=', EQL, ASSIGN); break;
    case '!': t = OP2('=', NEQ, NOT); break;
    case '<':
        if (p[1] == '-') p += 2, t = TK_ARROW;
        else if (p[1] == '<') p += 1, t = OP2('=', SHL_ASSIGN, SHL);
        else t = OP2('=', LEQ, LSS);
        break;
    case '>':
        if (p[1] == '>') p += 1, t = OP2('=', SHR_ASSIGN, SHR);
        else t = OP2('=', GEQ, GTR);
        break;
    case '&':
        if (p[1] == '^') p += 1, t = OP2('=', AND_NOT_ASSIGN, AND_NOT);
        else if (p[1] == '&') p += 2, t = TK_LAND;
        else t = OP2('=', AND_ASSIGN, AND);
        break;
    case '|':
        if (p[1] == '|') p += 2, t = TK_LOR;
        else t = OP2('=', OR_ASSIGN, OR);
        break;
    default:
        lx->nlsemi = nlsemi; /* an invalid character is skipped */
        return TK_ILLEGAL;
    }
    lx->p = p;
    return t;
}

/* ---- the scanner loop --------------------------------------------------- */

static Tok semi(Lexer *lx, const char *p, bool at_eof) {
    lx->toff = (uint32_t)(p - lx->src);
    lx->tline = lx->line;
    lx->tcol = (uint32_t)(p - lx->linestart) + 1;
    lx->implicit = true;
    lx->eofsemi = at_eof;
    lx->nlsemi = false;
    lx->eline = lx->tline, lx->ecol = lx->tcol + 1;
    return lx->tok = TK_SEMICOLON;
}

SYN_COLD static void bad_char(Lexer *lx, const char *p) {
    const char *q = p;
    uint32_t r = (unsigned char)*p < 0x80 ? (uint32_t)(unsigned char)*q++ : next_rune(lx, &q);
    char buf[48];
    if (r == 0) {
        lerror(lx, p, "invalid NUL character", NULL);
    } else if (r != 0xFFFD || q - p > 1) {
        fmt_U(buf, sizeof buf, r, p, (int)(q - p));
        lerror(lx, p, uni_is_digit(r) ? "identifier cannot begin with digit %s" : "invalid character %s", buf);
    }
    lx->p = q;
}

/* start records the position of a token starting at p. */
static inline void start(Lexer *lx, const char *p) {
    lx->tline = lx->line;
    lx->tcol = (uint32_t)(p - lx->linestart) + 1;
    lx->toff = (uint32_t)(p - lx->src);
    lx->bad = false;
}

/* high scans at p, a byte >= 0x80: a name starting with a Unicode letter
 * (or, as gc, a digit: an error), else an invalid character (TK_ILLEGAL,
 * reported and skipped). */
static Tok high(Lexer *lx, const char *p) {
    int size;
    uint32_t r = utf8_decode(p, (size_t)(lx->end - p), &size);
    if (uni_is_letter(r)) return scan_name(lx, p);
    if (uni_is_digit(r)) {
        char buf[48];
        fmt_U(buf, sizeof buf, r, p, size);
        lerror(lx, p, "identifier cannot begin with digit %s", buf);
        return scan_name(lx, p);
    }
    bad_char(lx, p);
    return TK_ILLEGAL;
}

/* illegal reports and skips the invalid character at p (scan_op found no
 * operator there). */
static void illegal(Lexer *lx, const char *p) {
    if ((unsigned char)*p == 0xEF) lerror(lx, p, "invalid BOM in the middle of the file", NULL), lx->p = p + 3;
    else bad_char(lx, p);
}

Tok lex_next(Lexer *lx) {
    const char *p = lx->p;
    Tok t;
    lx->implicit = false;
    for (;;) {
        p += *p == ' '; /* most often one space or none */
        unsigned char c = (unsigned char)*p;
        switch (ckind[c]) {
        case K_BLANK:
            p = skip_blanks(lx, p);
            continue;
        case K_NL:
            if (lx->nlsemi) {
                t = semi(lx, p, false);
                lx->line++;
                lx->linestart = lx->p = p + 1;
                return t;
            }
            lx->line++;
            lx->linestart = ++p;
            continue;
        case K_NAME:
            start(lx, p);
            t = ascii_name(lx, p);
            break;
        case K_SINGLE:
            start(lx, p);
            t = single[c];
            lx->p = p + 1;
            lx->nlsemi = nlsemi_after[t];
            break;
        case K_DOT:
            if (!(cclass[(unsigned char)p[1]] & C_DIGIT)) goto op;
            /* fallthrough */
        case K_DIGIT:
            start(lx, p);
            t = scan_number(lx, p);
            break;
        case K_QUOTE:
            start(lx, p);
            t = c == '"' ? scan_string(lx, p) : c == '`' ? scan_raw_string(lx, p) : scan_rune(lx, p);
            break;
        case K_SLASH:
            if (p[1] == '/') {
                p = line_comment(lx, p);
                continue;
            }
            if (p[1] == '*') {
                Pos nl;
                p = block_comment(lx, p, &nl);
                if (nl.file && lx->nlsemi) {
                    lx->p = p;
                    semi(lx, p, false);
                    lx->tline = nl.line, lx->tcol = nl.col;
                    lx->eline = nl.line, lx->ecol = nl.col + 1;
                    return TK_SEMICOLON;
                }
                continue;
            }
            goto op;
        case K_NUL:
            if (p < lx->end) goto op; /* reported as an invalid NUL */
            start(lx, p);
            lx->p = p;
            if (lx->nlsemi) return semi(lx, p, true);
            lx->eline = lx->tline, lx->ecol = lx->tcol;
            return lx->tok = TK_EOF;
        case K_HIGH:
            if (c == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF) goto op;
            start(lx, p);
            t = high(lx, p);
            if (t == TK_ILLEGAL) {
                p = lx->p;
                continue;
            }
            break;
        default:
        op:
            start(lx, p);
            t = scan_op(lx, p);
            if (t == TK_ILLEGAL) {
                illegal(lx, p);
                p = lx->p;
                continue;
            }
            break;
        }
        break;
    }
    lx->eline = lx->line;
    lx->ecol = (uint32_t)(lx->p - lx->linestart) + 1;
    return lx->tok = t;
}

/* ---- token names ------------------------------------------------------ */

static const char *const tok_names[TK_COUNT] = {
#define TOKEN(name, text, prec) text,
    TOKENS(TOKEN)
#undef TOKEN
};

const uint8_t lex_precs[TK_COUNT] = {
#define TOKEN(name, text, prec) prec,
    TOKENS(TOKEN)
#undef TOKEN
};

const char *tok_string(Tok t) { return (unsigned)t < TK_COUNT ? tok_names[t] : "?"; }
int tok_prec(Tok t) { return lex_precs[t]; }
