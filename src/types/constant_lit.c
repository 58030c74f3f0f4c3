/* constant_lit.c: values of Go literals (constant.MakeFromLiteral).
 *
 * Integers: decimal, 0x, 0o, 0b and legacy 0-octal, with '_' separators.
 * Floats: the literal is read into mantissa digits, a base and exponents
 * of 2 and 5; its 512-bit binary value is formed exactly as math/big's
 * Float.SetString forms it (exact mantissa times or over a power of five
 * that is itself computed by repeated squaring at 576 bits) because that
 * value decides, by its exponent, whether the literal becomes an exact
 * fraction or stays that float. Runes and strings are unquoted with
 * strconv's rules (raw strings lose '\r'; bytes that are not UTF-8 become
 * U+FFFD unless written as escapes). Bad syntax gives Unknown. */
#define CV_INTERNAL
#include "types/constant.h"

#include <string.h>

/* ---- numbers ----------------------------------------------------------- */

static int digit_val(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

static int lower(int c) { return c | 0x20; }

/* underscores_ok: each '_' sits between digits or after a base prefix. */
static bool underscores_ok(const char *s, size_t n) {
    char saw = '^';
    size_t i = 0;
    bool hex = false;
    if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'x' || lower(s[1]) == 'o' || lower(s[1]) == 'b')) {
        hex = lower(s[1]) == 'x';
        i = 2;
        saw = '0';
    }
    for (; i < n; i++) {
        int c = (unsigned char)s[i];
        if ((c >= '0' && c <= '9') || (hex && digit_val(c) < 16)) {
            saw = '0';
        } else if (c == '_') {
            if (saw != '0') return false;
            saw = '_';
        } else {
            if (saw == '_') return false;
            saw = '!';
        }
    }
    return saw != '_';
}

/* prefix reads a base prefix: returns the base and sets *i past it. */
static int prefix(const char *s, size_t n, size_t *i, bool frac_ok) {
    *i = 0;
    if (n >= 2 && s[0] == '0') {
        switch (lower(s[1])) {
        case 'x': *i = 2; return 16;
        case 'o': *i = 2; return 8;
        case 'b': *i = 2; return 2;
        }
        if (!frac_ok) {
            *i = 1;
            return 8; /* legacy octal; the 0 counts as a digit */
        }
    }
    return 10;
}

/* Num is a scanned numeric literal: value m * base^fcount * ebase^exp. */
typedef struct Num {
    mpz_t m;
    int base, ebase;
    int64_t fcount, exp;
} Num;

/* scan_mant reads mantissa digits of base from s[*i] into z; with frac_ok
 * one '.' may occur and *fcount counts the digits after it. Returns the
 * number of digits read. */
static size_t scan_mant(mpz_ptr z, const char *s, size_t n, size_t *i, int base, bool frac_ok, int64_t *fcount) {
    char *buf = xmalloc(n + 1);
    size_t nb = 0;
    bool dot = false;
    for (; *i < n; (*i)++) {
        int c = (unsigned char)s[*i];
        if (c == '_') continue;
        if (c == '.' && frac_ok && !dot) {
            dot = true;
            continue;
        }
        if (digit_val(c) >= base) break;
        buf[nb++] = (char)c;
        if (dot) (*fcount)--;
    }
    buf[nb] = 0;
    if (nb) mpz_set_str(z, buf, base);
    else mpz_set_ui(z, 0);
    free(buf);
    return nb;
}

/* scan_exp reads an optional e/p exponent; false on bad syntax. */
static bool scan_exp(Num *x, const char *s, size_t n, size_t *i) {
    x->exp = 0;
    x->ebase = 10;
    if (*i == n) return true;
    int c = lower((unsigned char)s[*i]);
    if (c != 'e' && c != 'p') return false;
    x->ebase = c == 'e' ? 10 : 2;
    (*i)++;
    bool neg = false;
    if (*i < n && (s[*i] == '+' || s[*i] == '-')) neg = s[(*i)++] == '-';
    int64_t e = 0;
    size_t nd = 0;
    for (; *i < n; (*i)++) {
        int d = (unsigned char)s[*i];
        if (d == '_') continue;
        if (d < '0' || d > '9') return false;
        if (__builtin_mul_overflow(e, 10, &e) || __builtin_add_overflow(e, neg ? -(d - '0') : d - '0', &e)) return false;
        nd++;
    }
    x->exp = e;
    return nd > 0;
}

/* scan_num reads a float (or imaginary) literal's number. */
static bool scan_num(Num *x, const char *s, size_t n) {
    if (!underscores_ok(s, n)) return false;
    size_t i;
    x->base = prefix(s, n, &i, true);
    x->fcount = 0;
    size_t nd = scan_mant(x->m, s, n, &i, x->base, true, &x->fcount);
    if (nd == 0) return false;
    return scan_exp(x, s, n, &i) && i == n;
}

/* exps gives the literal's powers: value = m * 2^*e2 * 5^*e5. */
static bool exps(const Num *x, int64_t *e2, int64_t *e5) {
    int64_t d = x->fcount;
    *e2 = 0;
    *e5 = 0;
    switch (x->base) {
    case 10: *e5 = d; *e2 = d; break;
    case 2: *e2 = d; break;
    case 8: *e2 = 3 * d; break;
    case 16: *e2 = 4 * d; break;
    }
    if (x->ebase == 10 && __builtin_add_overflow(*e5, x->exp, e5)) return false;
    return !__builtin_add_overflow(*e2, x->exp, e2);
}

/* pow5 is math/big's power of five at precision prec. */
static void pow5(BF *z, uint64_t n, int64_t prec) {
    static const int maxtab = 27;
    mpz_t t;
    mpz_init(t);
    mpz_ui_pow_ui(t, 5, n <= (uint64_t)maxtab ? n : (uint64_t)maxtab);
    bf_set_mpz(z, t, prec);
    if (n > (uint64_t)maxtab) {
        n -= (uint64_t)maxtab;
        BF f;
        bf_init(&f);
        mpz_set_ui(t, 5);
        bf_set_mpz(&f, t, prec);
        for (; n > 0; n >>= 1) {
            if (n & 1) bf_mul(z, z, &f, prec);
            bf_mul(&f, &f, &f, prec);
        }
        bf_clear(&f);
    }
    mpz_clear(t);
}

/* big_float forms the literal's value as big.Float.SetString does. */
static bool big_float(BF *z, const Num *x, int64_t e2, int64_t e5) {
    if (mpz_sgn(x->m) == 0) {
        z->form = BF_ZERO;
        return true;
    }
    int64_t top = (int64_t)mpz_sizeinbase(x->m, 2) + e2;
    if (top < INT32_MIN || top > INT32_MAX) return false;
    z->form = BF_FINITE;
    z->neg = false;
    z->lo = e2;
    mpz_set(z->m, x->m);
    if (e5 == 0) {
        bf_round(z, CV_PREC, BF_NEAREST_EVEN, 0);
        return true;
    }
    BF p;
    bf_init(&p);
    pow5(&p, e5 < 0 ? 0 - (uint64_t)e5 : (uint64_t)e5, CV_PREC + 64);
    if (e5 < 0) bf_quo(z, z, &p, CV_PREC);
    else bf_mul(z, z, &p, CV_PREC);
    bf_clear(&p);
    return true;
}

/* exact_rat forms the literal's exact fraction, unless big.Rat would
 * refuse its exponents. */
static bool exact_rat(mpq_ptr q, const Num *x, int64_t e2, int64_t e5) {
    if (e5 < -1000000 || e5 > 1000000 || e2 < -10000000 || e2 > 10000000) return false;
    mpz_set(mpq_numref(q), x->m);
    mpz_set_ui(mpq_denref(q), 1);
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, 5, (unsigned long)(e5 < 0 ? -e5 : e5));
    if (e5 > 0) mpz_mul(mpq_numref(q), mpq_numref(q), p);
    else mpz_set(mpq_denref(q), p);
    if (e2 > 0) mpz_mul_2exp(mpq_numref(q), mpq_numref(q), (mp_bitcnt_t)e2);
    else mpz_mul_2exp(mpq_denref(q), mpq_denref(q), (mp_bitcnt_t)-e2);
    mpq_canonicalize(q);
    mpz_clear(p);
    return true;
}

/* sign strips a leading sign, which strconv and math/big accept. */
static bool sign(const char **s, size_t *n) {
    bool neg = *n > 0 && **s == '-';
    if (*n > 0 && (**s == '-' || **s == '+')) (*s)++, (*n)--;
    return neg;
}

/* float_lit: a small value becomes an exact fraction, others a float. */
static ConstVal float_lit(Arena *a, const char *s, size_t n) {
    bool neg = sign(&s, &n);
    Num x;
    mpz_init(x.m);
    BF z;
    bf_init(&z);
    mpq_t q;
    mpq_init(q);
    int64_t e2, e5;
    ConstVal v = cv_unknown();
    if (scan_num(&x, s, n) && exps(&x, &e2, &e5) && big_float(&z, &x, e2, e5)) {
        int64_t e = bf_exp(&z);
        bool small = z.form != BF_INF && -CV_MAXEXP < e && e < CV_MAXEXP;
        z.neg = neg;
        if (small && z.form == BF_ZERO) {
            v = cv_rat_raw(a, q);
        } else if (small && exact_rat(q, &x, e2, e5)) {
            if (neg) mpq_neg(q, q);
            v = cv_rat_raw(a, q);
        } else {
            v = cv_make_float(a, &z);
        }
    }
    mpq_clear(q);
    bf_clear(&z);
    mpz_clear(x.m);
    return v;
}

/* small_int_lit reads the digits s[i:] of base when they make a value
 * below 2^63 (most literals); false leaves them to the general path. */
static bool small_int_lit(const char *s, size_t n, size_t i, int base, int64_t *out) {
    uint64_t v = 0;
    size_t nd = 0;
    for (; i < n; i++) {
        int c = (unsigned char)s[i];
        if (c == '_') continue;
        int d = digit_val(c);
        if (d >= base || v > (UINT64_MAX >> 1) / (uint64_t)base) return false;
        v = v * (uint64_t)base + (uint64_t)d;
        nd++;
    }
    if (!nd || v > (uint64_t)INT64_MAX) return false;
    *out = (int64_t)v;
    return true;
}

static ConstVal int_lit(Arena *a, const char *s, size_t n) {
    bool neg = sign(&s, &n);
    if (!underscores_ok(s, n)) return cv_unknown();
    size_t i;
    int base = prefix(s, n, &i, false);
    size_t start = i;
    int64_t small;
    if (small_int_lit(s, n, i, base, &small)) return cv_int64(neg ? -small : small);
    mpz_t z;
    mpz_init(z);
    int64_t fc = 0;
    size_t nd = scan_mant(z, s, n, &i, base, false, &fc);
    ConstVal v = cv_unknown();
    if (neg) mpz_neg(z, z);
    if (i == n && (nd > 0 || (base == 8 && start == 1))) v = cv_make_int(a, z);
    mpz_clear(z);
    return v;
}

/* ---- runes and strings ------------------------------------------------- */

/* decode_rune is utf8.DecodeRune: U+FFFD and length 1 when invalid. */
static uint32_t decode_rune(const unsigned char *s, size_t n, size_t *size) {
    *size = 1;
    if (n == 0) return 0xFFFD;
    unsigned c = s[0];
    if (c < 0x80) return c;
    int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    if (len == 0 || (size_t)len > n) return 0xFFFD;
    unsigned lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    if (s[1] < lo || s[1] > hi) return 0xFFFD;
    uint32_t r = c & (0xFF >> (len + 1));
    for (int k = 1; k < len; k++) {
        if (k > 1 && (s[k] < 0x80 || s[k] > 0xBF)) return 0xFFFD;
        r = r << 6 | (s[k] & 0x3F);
    }
    *size = (size_t)len;
    return r;
}

static size_t encode_rune(char *out, uint32_t r) {
    if (r < 0x80) {
        out[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        out[0] = (char)(0xC0 | r >> 6);
        out[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        out[0] = (char)(0xE0 | r >> 12);
        out[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        out[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | r >> 18);
    out[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    out[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

/* Unq is one unquoted character: a rune to encode (multi) or a byte. */
typedef struct Unq { uint32_t r; bool multi; size_t len; } Unq;

static bool escape_num(const unsigned char *s, size_t n, int c, Unq *u) {
    size_t k = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 3;
    int base = c == 'x' || c == 'u' || c == 'U' ? 16 : 8;
    size_t off = base == 16 ? 2 : 1;
    if (n < off + k) return false;
    uint32_t v = 0;
    for (size_t j = 0; j < k; j++) {
        int d = digit_val(s[off + j]);
        if (d >= base) return false;
        v = v * (uint32_t)base + (uint32_t)d;
    }
    u->len = off + k;
    u->r = v;
    if (base == 8) return v <= 255;
    if (c == 'x') return true;
    u->multi = true;
    return v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF);
}

/* unquote_char is strconv.UnquoteChar. */
static bool unquote_char(const unsigned char *s, size_t n, int quote, Unq *u) {
    *u = (Unq){0, false, 1};
    if (n == 0) return false;
    int c = s[0];
    if (c == quote && (quote == '\'' || quote == '"')) return false;
    if (c >= 0x80) {
        u->r = decode_rune(s, n, &u->len);
        u->multi = true;
        return true;
    }
    if (c != '\\') {
        u->r = (uint32_t)c;
        return true;
    }
    if (n < 2) return false;
    u->len = 2;
    switch (c = s[1]) {
    case 'a': u->r = 7; return true;
    case 'b': u->r = 8; return true;
    case 'f': u->r = 12; return true;
    case 'n': u->r = 10; return true;
    case 'r': u->r = 13; return true;
    case 't': u->r = 9; return true;
    case 'v': u->r = 11; return true;
    case '\\': u->r = '\\'; return true;
    case '\'':
    case '"': u->r = (uint32_t)c; return c == quote;
    case 'x': case 'u': case 'U': return escape_num(s, n, c, u);
    default: return c >= '0' && c <= '7' && escape_num(s, n, c, u);
    }
}

static ConstVal raw_string(Arena *a, const char *s, size_t n) {
    if (n < 2 || s[n - 1] != '`' || memchr(s + 1, '`', n - 2)) return cv_unknown();
    char *out = arena_alloc(a, n);
    size_t k = 0;
    for (size_t i = 1; i + 1 < n; i++)
        if (s[i] != '\r') out[k++] = s[i];
    return (ConstVal){CV_STRING, CR_NONE, (int64_t)k, out};
}

/* plain_string: a "..." literal of ASCII characters without escapes
 * (most), whose value is its text between the quotes. */
static bool plain_string(const char *s, size_t n) {
    if (n < 2 || s[0] != '"' || s[n - 1] != '"') return false;
    for (size_t i = 1; i + 1 < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || c == '\\' || c == '"' || c == '\n') return false;
    }
    return true;
}

/* quoted_string is strconv.Unquote of a "..." literal, or of a '...'
 * one (one character, which MakeFromLiteral accepts as a string too). */
static ConstVal quoted_string(Arena *a, const char *s, size_t n) {
    int quote = n ? (unsigned char)s[0] : 0;
    if (n < 2 || (quote != '"' && quote != '\'')) return cv_unknown();
    if (plain_string(s, n)) {
        char *out = arena_alloc(a, n - 1); /* zeroed: NUL-terminated */
        memcpy(out, s + 1, n - 2);
        return (ConstVal){CV_STRING, CR_NONE, (int64_t)(n - 2), out};
    }
    const unsigned char *p = (const unsigned char *)s + 1;
    size_t left = n - 1;
    size_t room = (3 * n + 8) & ~(size_t)7; /* a bad byte becomes 3 (U+FFFD); 8-byte multiple */
    char *out = arena_alloc(a, room);
    size_t k = 0;
    while (left > 0 && *p != quote) {
        Unq u;
        if (*p == '\n' || !unquote_char(p, left, quote, &u)) return cv_unknown();
        if (u.r < 0x80 || !u.multi) out[k++] = (char)u.r;
        else k += encode_rune(out + k, u.r);
        p += u.len;
        left -= u.len;
        if (quote == '\'') break;
    }
    if (left == 0 || *p != quote) return cv_unknown();
    if (left != 1) return cv_unknown(); /* the closing quote, last */
    arena_trim(a, out + k + 1, out + room); /* the rest was room for the worst case */
    return (ConstVal){CV_STRING, CR_NONE, (int64_t)k, out};
}

static ConstVal char_lit(const char *s, size_t n) {
    Unq u;
    if (n < 2 || !unquote_char((const unsigned char *)s + 1, n - 2, '\'', &u)) return cv_unknown();
    return cv_int64(u.r);
}

ConstVal cv_from_literal(Arena *a, const char *lit, size_t n, ConstLit kind) {
    switch (kind) {
    case CV_LIT_INT: return int_lit(a, lit, n);
    case CV_LIT_FLOAT: return float_lit(a, lit, n);
    case CV_LIT_IMAG:
        if (n == 0 || lit[n - 1] != 'i') return cv_unknown();
        return cv_make_complex(a, cv_int64(0), float_lit(a, lit, n - 1));
    case CV_LIT_CHAR: return char_lit(lit, n);
    case CV_LIT_STRING:
        if (n > 0 && lit[0] == '`') return raw_string(a, lit, n);
        return quoted_string(a, lit, n);
    }
    return cv_unknown();
}
