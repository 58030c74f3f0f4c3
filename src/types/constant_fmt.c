/* constant_fmt.c: printed forms of constants, byte-identical to
 * go/constant's Value.String() and ExactString().
 *
 * String(): integers in decimal; floats (fractions are first rounded to
 * 512-bit floats) as Go's %.6g of the nearest float64, or %g when %.6g
 * would hide that a non-integer has a fraction; beyond float64's range a
 * decimal approximation "m.mmmmme+ddd" built from the 512-bit mantissa;
 * strings quoted as strconv.Quote and cut to 72 runes ending in "...";
 * complex "(re + imi)". ExactString(): fractions "num/den", big floats
 * in math/big's 'p' format "0x.<hex mantissa>p<exp>", strings fully
 * quoted. */
#define CV_INTERNAL
#include "types/constant.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Buf is a growable malloc'd string. */
typedef struct Buf { char *s; size_t n, cap; } Buf;

static void buf_add(Buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        b->cap = 2 * (b->n + n + 1);
        b->s = xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

static void buf_str(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

static const char *to_arena(Arena *a, Buf *b) {
    const char *s = arena_strndup(a, b->s ? b->s : "", b->n);
    free(b->s);
    return s;
}

/* ---- quoting ----------------------------------------------------------- */

static size_t decode(const unsigned char *s, size_t n, uint32_t *r) {
    unsigned c = s[0];
    int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    *r = 0xFFFD;
    if (len == 0 || (size_t)len > n) return 0;
    if (len == 1) {
        *r = c;
        return 1;
    }
    unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (s[1] < lo || s[1] > hi) return 0;
    uint32_t v = c & (0xFF >> (len + 1));
    for (int k = 1; k < len; k++) {
        if (k > 1 && (s[k] < 0x80 || s[k] > 0xBF)) return 0;
        v = v << 6 | (s[k] & 0x3F);
    }
    *r = v;
    return (size_t)len;
}

static void quote_rune(Buf *b, uint32_t r, const unsigned char *src, size_t w) {
    static const char esc[] = "abtnvfr"; /* for 7..13 */
    char tmp[16];
    if (r == '"' || r == '\\') {
        tmp[0] = '\\';
        tmp[1] = (char)r;
        buf_add(b, tmp, 2);
    } else if (cv_is_print(r)) {
        buf_add(b, (const char *)src, w);
    } else if (r >= 7 && r <= 13) {
        tmp[0] = '\\';
        tmp[1] = esc[r - 7];
        buf_add(b, tmp, 2);
    } else if (r < ' ' || r == 0x7f) {
        snprintf(tmp, sizeof tmp, "\\x%02x", r);
        buf_str(b, tmp);
    } else {
        snprintf(tmp, sizeof tmp, r < 0x10000 ? "\\u%04x" : "\\U%08x", r);
        buf_str(b, tmp);
    }
}

char *cv_quote(const char *s, size_t n, size_t *outlen) {
    Buf b = {0};
    buf_add(&b, "\"", 1);
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        uint32_t r;
        size_t w = decode(p + i, n - i, &r);
        if (w == 0) {
            char tmp[8];
            snprintf(tmp, sizeof tmp, "\\x%02x", p[i]);
            buf_str(&b, tmp);
            i++;
            continue;
        }
        quote_rune(&b, r, p + i, w);
        i += w;
    }
    buf_add(&b, "\"", 1);
    if (outlen) *outlen = b.n;
    return b.s;
}

/* short_string cuts a quoted string of more than 72 runes to 69 + "...". */
static void short_string(Buf *b, ConstVal x) {
    size_t n;
    char *bytes = cv_string_bytes(x);
    char *q = cv_quote(bytes, (size_t)x.i, &n);
    free(bytes);
    size_t runes = 0, cut = n;
    for (size_t i = 0; i < n; i++) {
        if (((unsigned char)q[i] & 0xC0) == 0x80) continue;
        if (runes == 69) cut = i;
        runes++;
    }
    if (runes > 72) {
        buf_add(b, q, cut);
        buf_add(b, "...", 3);
    } else {
        buf_add(b, q, n);
    }
    free(q);
}

/* ---- floats ------------------------------------------------------------ */

/* shortest_g is Go's %g: the shortest decimal that reads back as x, in
 * %e form when the decimal exponent is < -4 or >= 6. */
/* next_up makes e (a %e form of a positive number) one unit larger in
 * its last digit. */
static void next_up(char *e) {
    char *end = strchr(e, 'e'), *d = end - 1;
    for (; d >= e; d--) {
        if (*d == '.') continue;
        if (*d != '9') {
            (*d)++;
            return;
        }
        *d = '0';
    }
    /* 9.99e+N became 0.00e+N: it is 1.00e+N+1 */
    e[0] = '1';
    char tmp[40];
    snprintf(tmp, sizeof tmp, "e%+d", atoi(end + 1) + 1);
    strcpy(end, tmp);
}

/* shortest_digits writes to e the shortest %e form that reads back as x
 * (x > 0), the nearest one when several have that length. The nearest
 * decimal of a length may miss where its neighbour above fits: just above
 * a power of two, where the gap below x is half the gap above. */
static void shortest_digits(char *e, size_t n, double x) {
    for (int p = 1; p < 17; p++) {
        snprintf(e, n, "%.*e", p - 1, x);
        double y = strtod(e, NULL);
        if (y == x) return;
        if (y < x) {
            next_up(e);
            if (strtod(e, NULL) == x) return;
        }
    }
    snprintf(e, n, "%.16e", x);
}

static void shortest_g(Buf *b, double x) {
    char e[40], digs[24];
    if (x < 0) buf_add(b, "-", 1);
    shortest_digits(e, sizeof e, fabs(x));
    const char *s = e;
    int nd = 0;
    for (; *s != 'e'; s++)
        if (*s != '.') digs[nd++] = *s;
    int exp = atoi(s + 1);
    while (nd > 1 && digs[nd - 1] == '0') nd--;
    char tmp[64];
    if (exp < -4 || exp >= 6) {
        buf_add(b, digs, 1);
        if (nd > 1) buf_add(b, ".", 1), buf_add(b, digs + 1, (size_t)nd - 1);
        snprintf(tmp, sizeof tmp, "e%c%02d", exp < 0 ? '-' : '+', abs(exp));
        buf_str(b, tmp);
    } else if (exp < 0) {
        buf_add(b, "0.", 2);
        for (int i = -1; i > exp; i--) buf_add(b, "0", 1);
        buf_add(b, digs, (size_t)nd);
    } else {
        for (int i = 0; i <= exp; i++) buf_add(b, i < nd ? digs + i : "0", 1);
        if (nd > exp + 1) buf_add(b, ".", 1), buf_add(b, digs + exp + 1, (size_t)(nd - exp - 1));
    }
}

/* pow10_frac is 10^y for |y| < 1 to within an ulp of float64 (the
 * Makefile links no libm): e^t in long double by a Taylor series after
 * taking out powers of two. */
static double pow10_frac(double y) {
    const long double ln10 = 2.302585092994045684017991454684364208L;
    const long double ln2 = 0.693147180559945309417232121458176568L;
    long double t = (long double)y * ln10;
    int k = (int)(t / ln2 + (t < 0 ? -0.5L : 0.5L));
    long double r = t - (long double)k * ln2, sum = 1, term = 1;
    for (int i = 1; i < 30; i++) {
        term *= r / i;
        sum += term;
    }
    for (; k > 0; k--) sum *= 2;
    for (; k < 0; k++) sum /= 2;
    return (double)sum;
}

/* huge_float approximates a float beyond float64's range by its float64
 * mantissa and a decimal exponent, as go/constant does. */
static void huge_float(Buf *b, const BF *f) {
    mpz_t one;
    mpz_init_set_ui(one, 1);
    int64_t bits = (int64_t)mpz_sizeinbase(f->m, 2);
    bool ex;
    double m = cv_ieee(f->m, one, -bits, 53, -1021, 1024, false, &ex);
    mpz_clear(one);
    if (f->neg) m = -m;
    double d = (double)bf_exp(f) * 0.30102999566398119521373889472449302676818988146210854131;
    int64_t e = (int64_t)d;
    m *= pow10_frac(d - (double)e);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.6ge%+lld", m, (long long)e);
    buf_str(b, tmp);
}

static void float_string(Buf *b, const BF *f) {
    if (f->form == BF_INF) {
        buf_str(b, f->neg ? "-Inf" : "+Inf");
        return;
    }
    bool ex;
    double x = bf_float64(f, &ex);
    if ((f->form == BF_ZERO) == (x == 0) && !isinf(x)) {
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%.6g", x);
        if (!bf_is_int(f) && !strchr(tmp, '.')) shortest_g(b, x);
        else buf_str(b, tmp);
        return;
    }
    huge_float(b, f);
}

/* float_exact is math/big's Text('p', 0). */
static void float_exact(Buf *b, const BF *f) {
    if (f->form == BF_ZERO) {
        buf_str(b, "0");
        return;
    }
    if (f->neg) buf_str(b, "-");
    mpz_t m;
    mpz_init(m);
    size_t bits = mpz_sizeinbase(f->m, 2);
    mpz_mul_2exp(m, f->m, (4 - bits % 4) % 4);
    char *hex = mpz_get_str(NULL, 16, m);
    size_t n = strlen(hex);
    while (n > 1 && hex[n - 1] == '0') n--;
    buf_str(b, "0x.");
    buf_add(b, hex, n);
    char tmp[32];
    snprintf(tmp, sizeof tmp, "p%s%lld", bf_exp(f) >= 0 ? "+" : "", (long long)bf_exp(f));
    buf_str(b, tmp);
    free(hex);
    mpz_clear(m);
}

/* ---- values ------------------------------------------------------------ */

static void int_string(Buf *b, ConstVal x) {
    mpz_t z;
    mpz_init(z);
    cv_get_mpz(x, z);
    char *s = mpz_get_str(NULL, 10, z);
    buf_str(b, s);
    free(s);
    mpz_clear(z);
}

static void rat_exact(Buf *b, ConstVal x) {
    mpq_t q;
    mpq_init(q);
    cv_get_mpq(x, q);
    char *s = mpz_get_str(NULL, 10, mpq_numref(q));
    buf_str(b, s);
    free(s);
    if (mpz_cmp_ui(mpq_denref(q), 1) != 0) {
        s = mpz_get_str(NULL, 10, mpq_denref(q));
        buf_str(b, "/");
        buf_str(b, s);
        free(s);
    }
    mpq_clear(q);
}

static void value_string(Buf *b, ConstVal x, bool exact) {
    switch (x.kind) {
    case CV_UNKNOWN: buf_str(b, "unknown"); return;
    case CV_BOOL: buf_str(b, x.i ? "true" : "false"); return;
    case CV_STRING:
        if (exact) {
            size_t n;
            char *bytes = cv_string_bytes(x);
            char *q = cv_quote(bytes, (size_t)x.i, &n);
            free(bytes);
            buf_add(b, q, n);
            free(q);
        } else {
            short_string(b, x);
        }
        return;
    case CV_INT: int_string(b, x); return;
    case CV_COMPLEX: {
        const CvComplex *c = x.p;
        buf_str(b, "(");
        value_string(b, c->re, exact);
        buf_str(b, " + ");
        value_string(b, c->im, exact);
        buf_str(b, "i)");
        return;
    }
    }
    if (exact && x.rep == CR_RAT) {
        rat_exact(b, x);
        return;
    }
    BF f;
    bf_init(&f);
    cv_get_bf(x, &f);
    if (exact) float_exact(b, &f);
    else float_string(b, &f);
    bf_clear(&f);
}

const char *cv_string_of(Arena *a, ConstVal x) {
    Buf b = {0};
    value_string(&b, x, false);
    return to_arena(a, &b);
}

const char *cv_exact_string(Arena *a, ConstVal x) {
    Buf b = {0};
    value_string(&b, x, true);
    return to_arena(a, &b);
}
