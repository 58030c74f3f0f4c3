/* constant.c: constant values: storage, construction, accessors,
 * conversions and representability (go/types' representableConst).
 *
 * Payloads are copied into the caller's arena once a result is final; all
 * arithmetic happens on scratch GMP values that are cleared before return.
 * The choice between representations (int64 or big integer; fraction or
 * 512-bit float) follows go/constant's rules, see constant.h. */
#define CV_INTERNAL
#include "types/constant.h"

#include <math.h>
#include <string.h>

_Static_assert(sizeof(mp_limb_t) == sizeof(uint64_t), "64-bit GMP limbs expected");

/* ---- payloads ---------------------------------------------------------- */

void cv_mpz_view(mpz_ptr view, const CvBigInt *b) {
    mpz_roinit_n(view, (const mp_limb_t *)b->limbs, b->size);
}

const CvBigInt *cv_bigint_store(Arena *a, mpz_srcptr x) {
    size_t n = mpz_size(x);
    CvBigInt *b = arena_alloc(a, sizeof(CvBigInt) + n * sizeof(uint64_t));
    b->size = mpz_sgn(x) < 0 ? -(int32_t)n : (int32_t)n;
    if (n) memcpy(b->limbs, mpz_limbs_read(x), n * sizeof(uint64_t));
    return b;
}

ConstVal cv_make_int(Arena *a, mpz_srcptr x) {
    if (mpz_fits_slong_p(x)) return cv_int64(mpz_get_si(x));
    return (ConstVal){CV_INT, CR_BIGINT, 0, cv_bigint_store(a, x)};
}

ConstVal cv_rat_raw(Arena *a, mpq_srcptr q) {
    CvRat *r = NEW(a, CvRat);
    r->num = cv_bigint_store(a, mpq_numref(q));
    r->den = cv_bigint_store(a, mpq_denref(q));
    return (ConstVal){CV_FLOAT, CR_RAT, 0, r};
}

static bool small_int(mpz_srcptr x) { return mpz_sgn(x) == 0 || mpz_sizeinbase(x, 2) < CV_MAXEXP; }

ConstVal cv_make_rat(Arena *a, mpq_srcptr q) {
    if (small_int(mpq_numref(q)) && small_int(mpq_denref(q))) return cv_rat_raw(a, q);
    BF f;
    bf_init(&f);
    bf_set_mpq(&f, mpq_numref(q), mpq_denref(q), CV_PREC);
    ConstVal v = cv_make_float(a, &f);
    bf_clear(&f);
    return v;
}

ConstVal cv_make_float(Arena *a, const BF *x) {
    if (x->form == BF_INF) return cv_unknown();
    CvFloat *f = NEW(a, CvFloat);
    if (x->form == BF_FINITE) {
        f->neg = x->neg;
        f->lo = x->lo;
        f->mant = cv_bigint_store(a, x->m);
    } else {
        f->mant = cv_bigint_store(a, x->m); /* zero; -0 becomes 0 */
    }
    return (ConstVal){CV_FLOAT, CR_FLOAT, 0, f};
}

ConstVal cv_make_complex(Arena *a, ConstVal re, ConstVal im) {
    if (re.kind == CV_UNKNOWN || im.kind == CV_UNKNOWN) return cv_unknown();
    CvComplex *c = NEW(a, CvComplex);
    c->re = re;
    c->im = im;
    return (ConstVal){CV_COMPLEX, CR_NONE, 0, c};
}

void cv_get_mpz(ConstVal x, mpz_ptr z) {
    if (x.rep == CR_INT64) {
        mpz_set_si(z, x.i);
    } else if (x.rep == CR_BIGINT) {
        mpz_t v;
        cv_mpz_view(v, x.p);
        mpz_set(z, v);
    } else {
        die("cv_get_mpz: not an Int");
    }
}

void cv_get_mpq(ConstVal x, mpq_ptr q) {
    if (x.rep == CR_RAT) {
        const CvRat *r = x.p;
        mpz_t v;
        cv_mpz_view(v, r->num);
        mpz_set(mpq_numref(q), v);
        cv_mpz_view(v, r->den);
        mpz_set(mpq_denref(q), v);
        return;
    }
    cv_get_mpz(x, mpq_numref(q));
    mpz_set_ui(mpq_denref(q), 1);
}

void cv_get_bf(ConstVal x, BF *z) {
    if (x.rep == CR_FLOAT) {
        const CvFloat *f = x.p;
        mpz_t v;
        cv_mpz_view(v, f->mant);
        mpz_set(z->m, v);
        z->form = mpz_sgn(v) ? BF_FINITE : BF_ZERO;
        z->neg = f->neg;
        z->lo = f->lo;
    } else if (x.rep == CR_RAT) {
        mpq_t q;
        mpq_init(q);
        cv_get_mpq(x, q);
        bf_set_mpq(z, mpq_numref(q), mpq_denref(q), CV_PREC);
        mpq_clear(q);
    } else {
        mpz_t i;
        mpz_init(i);
        cv_get_mpz(x, i);
        bf_set_mpz(z, i, CV_PREC);
        mpz_clear(i);
    }
}

/* ---- construction ------------------------------------------------------ */

ConstVal cv_unknown(void) { return (ConstVal){CV_UNKNOWN, CR_NONE, 0, NULL}; }
ConstVal cv_bool(bool b) { return (ConstVal){CV_BOOL, CR_NONE, b, NULL}; }
ConstVal cv_int64(int64_t x) { return (ConstVal){CV_INT, CR_INT64, x, NULL}; }

ConstVal cv_string(Arena *a, const char *s, size_t n) {
    return (ConstVal){CV_STRING, CR_NONE, (int64_t)n, arena_strndup(a, s, n)};
}

ConstVal cv_uint64(Arena *a, uint64_t x) {
    if (x <= INT64_MAX) return cv_int64((int64_t)x);
    mpz_t z;
    mpz_init_set_ui(z, x);
    ConstVal v = cv_make_int(a, z);
    mpz_clear(z);
    return v;
}

ConstVal cv_float64(Arena *a, double x) {
    if (isinf(x) || isnan(x)) return cv_unknown();
    mpq_t q;
    mpq_init(q);
    mpq_set_d(q, x + 0.0);
    ConstVal v = cv_rat_raw(a, q);
    mpq_clear(q);
    return v;
}

ConstVal cv_make_imag(Arena *a, ConstVal x) {
    if (x.kind == CV_UNKNOWN) return x;
    if (x.kind != CV_INT && x.kind != CV_FLOAT) return cv_unknown();
    return cv_make_complex(a, cv_int64(0), x);
}

ConstVal cv_string_from_int(Arena *a, ConstVal x) {
    bool ok;
    uint64_t r = cv_uint64_val(x, &ok);
    if (!ok || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    char s[4];
    size_t n;
    if (r < 0x80) {
        s[0] = (char)r;
        n = 1;
    } else if (r < 0x800) {
        s[0] = (char)(0xC0 | r >> 6);
        s[1] = (char)(0x80 | (r & 0x3F));
        n = 2;
    } else if (r < 0x10000) {
        s[0] = (char)(0xE0 | r >> 12);
        s[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        s[2] = (char)(0x80 | (r & 0x3F));
        n = 3;
    } else {
        s[0] = (char)(0xF0 | r >> 18);
        s[1] = (char)(0x80 | ((r >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((r >> 6) & 0x3F));
        s[3] = (char)(0x80 | (r & 0x3F));
        n = 4;
    }
    return cv_string(a, s, n);
}

/* ---- accessors --------------------------------------------------------- */

bool cv_bool_val(ConstVal x) { return x.kind == CV_BOOL && x.i; }

/* flatten writes the bytes of String x to dst: it walks down the left
 * spine of the concatenation tree, copying leaves that hang to the right
 * at once and stacking only right subtrees that are themselves ropes. */
static void flatten(ConstVal x, char *dst) {
    Vec(ConstVal) todo = {0};
    Vec(int64_t) offs = {0};
    int64_t off = 0;
    for (;;) {
        while (x.rep == CR_ROPE) {
            const CvRope *r = x.p;
            int64_t roff = off + r->l.i;
            if (r->r.rep == CR_ROPE) {
                vec_push(&todo, r->r);
                vec_push(&offs, roff);
            } else {
                memcpy(dst + roff, r->r.p, (size_t)r->r.i);
            }
            x = r->l;
        }
        memcpy(dst + off, x.p, (size_t)x.i);
        if (todo.n == 0) break;
        x = todo.a[--todo.n];
        off = offs.a[--offs.n];
    }
    vec_free(&todo);
    vec_free(&offs);
}

const char *cv_string_val(Arena *a, ConstVal x, size_t *len) {
    if (x.kind != CV_STRING) {
        if (len) *len = 0;
        return "";
    }
    if (len) *len = (size_t)x.i;
    if (x.rep != CR_ROPE) return x.p;
    char *s = arena_alloc(a, (size_t)x.i + 1);
    flatten(x, s);
    return s;
}

char *cv_string_bytes(ConstVal x) {
    char *s = xmalloc((size_t)x.i + 1);
    flatten(x, s);
    s[x.i] = 0;
    return s;
}

int64_t cv_string_len(ConstVal x) { return x.kind == CV_STRING ? x.i : 0; }

/* low64 is the low 64 bits of |x|, as math/big's Int64/Uint64 see them. */
static uint64_t low64(ConstVal x) {
    const CvBigInt *b = x.p;
    return b->size ? b->limbs[0] : 0;
}

int64_t cv_int64_val(ConstVal x, bool *exact) {
    bool ok = x.rep == CR_INT64;
    int64_t v = ok ? x.i : 0;
    if (x.rep == CR_BIGINT) {
        uint64_t u = low64(x);
        v = ((const CvBigInt *)x.p)->size < 0 ? (int64_t)(0 - u) : (int64_t)u;
    }
    if (exact) *exact = ok;
    return v;
}

uint64_t cv_uint64_val(ConstVal x, bool *exact) {
    bool ok = false;
    uint64_t v = 0;
    if (x.rep == CR_INT64) {
        v = (uint64_t)x.i;
        ok = x.i >= 0;
    } else if (x.rep == CR_BIGINT) {
        const CvBigInt *b = x.p;
        v = low64(x);
        ok = b->size == 1;
    }
    if (exact) *exact = ok;
    return v;
}

/* float_val converts a real number to float64 (mbits 53) or float32. */
static double float_val(ConstVal x, bool f32, bool *exact) {
    int mbits = f32 ? 24 : 53, emin = f32 ? -125 : -1021, emax = f32 ? 128 : 1024;
    *exact = false;
    if (x.rep == CR_RAT) {
        mpq_t q;
        mpq_init(q);
        cv_get_mpq(x, q);
        bool neg = mpq_sgn(q) < 0;
        mpz_abs(mpq_numref(q), mpq_numref(q));
        double f = cv_ieee(mpq_numref(q), mpq_denref(q), 0, mbits, emin, emax, true, exact);
        mpq_clear(q);
        return neg ? -f : f;
    }
    if (x.rep == CR_BIGINT || x.rep == CR_FLOAT) {
        BF b;
        bf_init(&b);
        cv_get_bf(x, &b);
        double f = f32 ? bf_float32(&b, exact) : bf_float64(&b, exact);
        bf_clear(&b);
        return f;
    }
    return 0;
}

double cv_float64_val(ConstVal x, bool *exact) {
    bool ok;
    if (x.rep == CR_INT64) {
        double f = (double)x.i;
        ok = f < 0x1p63 && (int64_t)f == x.i;
        if (exact) *exact = ok;
        return f;
    }
    double f = float_val(x, false, &ok);
    if (exact) *exact = ok;
    return f;
}

float cv_float32_val(ConstVal x, bool *exact) {
    bool ok;
    if (x.rep == CR_INT64) {
        float f = (float)x.i;
        ok = f < 0x1p63f && (int64_t)f == x.i;
        if (exact) *exact = ok;
        return f;
    }
    float f = (float)float_val(x, true, &ok);
    if (exact) *exact = ok;
    return f;
}

int cv_sign(ConstVal x) {
    switch (x.rep) {
    case CR_INT64: return (x.i > 0) - (x.i < 0);
    case CR_BIGINT: return ((const CvBigInt *)x.p)->size < 0 ? -1 : 1;
    case CR_RAT: {
        int32_t s = ((const CvRat *)x.p)->num->size;
        return (s > 0) - (s < 0);
    }
    case CR_FLOAT: {
        const CvFloat *f = x.p;
        return f->mant->size == 0 ? 0 : f->neg ? -1 : 1;
    }
    }
    if (x.kind == CV_COMPLEX) {
        const CvComplex *c = x.p;
        return cv_sign(c->re) | cv_sign(c->im);
    }
    return 1;
}

int64_t cv_bitlen(ConstVal x) {
    if (x.rep == CR_INT64) {
        uint64_t u = x.i < 0 ? 0 - (uint64_t)x.i : (uint64_t)x.i;
        return u ? 64 - __builtin_clzll(u) : 0;
    }
    if (x.rep != CR_BIGINT) return 0;
    mpz_t v;
    cv_mpz_view(v, x.p);
    return (int64_t)mpz_sizeinbase(v, 2);
}

static bool small_bf(const BF *f) {
    if (f->form == BF_INF) return false;
    int64_t e = bf_exp(f);
    return -CV_MAXEXP < e && e < CV_MAXEXP;
}

/* num_den returns the numerator (den false) or denominator of x. */
static ConstVal num_den(Arena *a, ConstVal x, bool den) {
    if (x.kind == CV_INT) return den ? cv_int64(1) : x;
    if (x.kind != CV_FLOAT) return cv_unknown();
    mpq_t q;
    mpq_init(q);
    ConstVal v = cv_unknown();
    bool ok = true;
    if (x.rep == CR_RAT) {
        cv_get_mpq(x, q);
    } else {
        BF f;
        bf_init(&f);
        cv_get_bf(x, &f);
        ok = small_bf(&f);
        if (ok) bf_to_mpq(&f, q);
        bf_clear(&f);
    }
    if (ok) v = cv_make_int(a, den ? mpq_denref(q) : mpq_numref(q));
    mpq_clear(q);
    return v;
}

ConstVal cv_num(Arena *a, ConstVal x) { return num_den(a, x, false); }
ConstVal cv_denom(Arena *a, ConstVal x) { return num_den(a, x, true); }

ConstVal cv_real(ConstVal x) {
    if (x.kind == CV_COMPLEX) return ((const CvComplex *)x.p)->re;
    return x;
}

ConstVal cv_imag(ConstVal x) {
    if (x.kind == CV_COMPLEX) return ((const CvComplex *)x.p)->im;
    if (x.kind == CV_INT || x.kind == CV_FLOAT) return cv_int64(0);
    return x;
}

/* ---- conversions ------------------------------------------------------- */

/* float_to_int: a big float is taken as an integer if it is one, or if
 * rounding away its last 4 bits (down, then up) makes it one: such a
 * value is assumed to be off only by earlier rounding errors. */
static ConstVal float_to_int(Arena *a, ConstVal x) {
    BF f, t;
    bf_init(&f);
    bf_init(&t);
    cv_get_bf(x, &f);
    ConstVal v = cv_unknown();
    if (small_bf(&f)) {
        mpz_t i;
        mpz_init(i);
        bool ok = bf_to_mpz(&f, i);
        for (int mode = BF_TO_ZERO; !ok && mode <= BF_AWAY; mode++) {
            bf_set(&t, &f);
            bf_round(&t, CV_PREC - 4, mode, 0);
            ok = bf_to_mpz(&t, i);
        }
        if (ok) v = cv_make_int(a, i);
        mpz_clear(i);
    }
    bf_clear(&f);
    bf_clear(&t);
    return v;
}

ConstVal cv_to_int(Arena *a, ConstVal x) {
    switch (x.rep) {
    case CR_INT64:
    case CR_BIGINT: return x;
    case CR_RAT: {
        const CvRat *r = x.p;
        if (r->den->size == 1 && r->den->limbs[0] == 1) {
            mpz_t v;
            cv_mpz_view(v, r->num);
            return cv_make_int(a, v);
        }
        return cv_unknown();
    }
    case CR_FLOAT: return float_to_int(a, x);
    }
    if (x.kind == CV_COMPLEX) {
        ConstVal re = cv_to_float(a, x);
        if (re.kind == CV_FLOAT) return cv_to_int(a, re);
    }
    return cv_unknown();
}

ConstVal cv_to_float(Arena *a, ConstVal x) {
    switch (x.rep) {
    case CR_INT64:
    case CR_BIGINT: {
        mpq_t q;
        mpq_init(q);
        cv_get_mpq(x, q);
        ConstVal v = cv_make_rat(a, q);
        mpq_clear(q);
        return v;
    }
    case CR_RAT:
    case CR_FLOAT: return x;
    }
    if (x.kind == CV_COMPLEX) {
        const CvComplex *c = x.p;
        if (cv_sign(c->im) == 0) return cv_to_float(a, c->re);
    }
    return cv_unknown();
}

ConstVal cv_to_complex(Arena *a, ConstVal x) {
    if (x.kind == CV_INT || x.kind == CV_FLOAT) {
        CvComplex *c = NEW(a, CvComplex);
        c->re = x;
        c->im = cv_int64(0);
        return (ConstVal){CV_COMPLEX, CR_NONE, 0, c};
    }
    if (x.kind == CV_COMPLEX) return x;
    return cv_unknown();
}

/* ---- representability -------------------------------------------------- */

/* int_fits: does the Int x fit basic integer type t? */
static bool int_fits(ConstVal x, ConstBasic t, int ptr_size) {
    int bits = 64;
    bool sign = true;
    switch (t) {
    case CB_INT: bits = ptr_size * 8; break;
    case CB_INT8: bits = 8; break;
    case CB_INT16: bits = 16; break;
    case CB_INT32: bits = 32; break;
    case CB_INT64: break;
    case CB_UINT: case CB_UINTPTR: bits = ptr_size * 8; sign = false; break;
    case CB_UINT8: bits = 8; sign = false; break;
    case CB_UINT16: bits = 16; sign = false; break;
    case CB_UINT32: bits = 32; sign = false; break;
    case CB_UINT64: sign = false; break;
    default: return true; /* untyped int, untyped rune */
    }
    if (x.rep == CR_INT64) { /* the common case, without GMP */
        if (bits == 64) return sign || x.i >= 0;
        int64_t lim = (int64_t)1 << (bits - 1);
        return sign ? x.i >= -lim && x.i < lim : x.i >= 0 && x.i < 2 * lim;
    }
    int s = cv_sign(x);
    int64_t n = cv_bitlen(x);
    if (sign) {
        if (n < bits) return true;
        if (n > bits || s > 0) return false;
        mpz_t v; /* -2^(bits-1) is the one bits-long negative that fits */
        mpz_init(v);
        cv_get_mpz(x, v);
        bool ok = (int64_t)mpz_scan1(v, 0) == bits - 1;
        mpz_clear(v);
        return ok;
    }
    return s >= 0 && n <= bits;
}

static bool is_int_type(ConstBasic t) { return t >= CB_INT && t <= CB_UINTPTR; }

/* round_real: x rounded to float32 or float64, or Unknown on overflow. */
static ConstVal round_real(Arena *a, ConstVal x, bool f32) {
    bool exact;
    double f = f32 ? (double)cv_float32_val(x, &exact) : cv_float64_val(x, &exact);
    if (isinf(f)) return cv_unknown();
    return cv_float64(a, f);
}

static bool float_fits(Arena *a, ConstVal x, ConstBasic t, ConstVal *rounded) {
    x = cv_to_float(a, x);
    if (x.kind != CV_FLOAT) return false;
    if (t == CB_UNTYPED_FLOAT) return true;
    ConstVal r = round_real(a, x, t == CB_FLOAT32);
    if (r.kind == CV_UNKNOWN) return false;
    if (rounded) *rounded = r;
    return true;
}

static bool complex_fits(Arena *a, ConstVal x, ConstBasic t, ConstVal *rounded) {
    x = cv_to_complex(a, x);
    if (x.kind != CV_COMPLEX) return false;
    if (t == CB_UNTYPED_COMPLEX) return true;
    ConstVal re = round_real(a, cv_real(x), t == CB_COMPLEX64);
    ConstVal im = round_real(a, cv_imag(x), t == CB_COMPLEX64);
    if (re.kind == CV_UNKNOWN || im.kind == CV_UNKNOWN) return false;
    if (rounded) *rounded = cv_binary(a, re, CV_ADD, cv_make_imag(a, im));
    return true;
}

bool cv_representable(Arena *a, ConstVal x, ConstBasic t, int ptr_size, ConstVal *rounded) {
    if (x.kind == CV_UNKNOWN) return true;
    if (is_int_type(t) || t == CB_UNTYPED_INT || t == CB_UNTYPED_RUNE) {
        x = cv_to_int(a, x);
        if (x.kind != CV_INT) return false;
        if (rounded) *rounded = x;
        return int_fits(x, t, ptr_size);
    }
    switch (t) {
    case CB_FLOAT32: case CB_FLOAT64: case CB_UNTYPED_FLOAT:
        return float_fits(a, x, t, rounded);
    case CB_COMPLEX64: case CB_COMPLEX128: case CB_UNTYPED_COMPLEX:
        return complex_fits(a, x, t, rounded);
    case CB_STRING: case CB_UNTYPED_STRING: return x.kind == CV_STRING;
    case CB_BOOL: case CB_UNTYPED_BOOL: return x.kind == CV_BOOL;
    default: return false;
    }
}
