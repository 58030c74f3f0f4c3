/* constant_arith.c: unary and binary operations, shifts, comparisons.
 *
 * Two operands are first brought to the same representation, the more
 * general of the two, in go/constant's order: int64 < big integer <
 * fraction < 512-bit float < complex. The result is then normalized as
 * go/constant does (int64 when it fits; fractions with huge components
 * become floats). Invalid operations (which go/constant answers with a
 * panic) give Unknown or false; go/types never asks for them. */
#define CV_INTERNAL
#include "types/constant.h"

#include <string.h>

/* level is the representation order used to match operands. */
static int level(ConstVal x) {
    switch (x.rep) {
    case CR_INT64: return 2;
    case CR_BIGINT: return 3;
    case CR_RAT: return 4;
    case CR_FLOAT: return 5;
    }
    switch (x.kind) {
    case CV_UNKNOWN: return 0;
    case CV_BOOL:
    case CV_STRING: return 1;
    case CV_COMPLEX: return 6;
    }
    return 0;
}

static bool fits_bits(int64_t x, int s) { return -(INT64_C(1) << (s - 1)) <= x && x <= (INT64_C(1) << (s - 1)) - 1; }

/* ---- integers ---------------------------------------------------------- */

static ConstVal big_binary(Arena *a, ConstVal x, ConstOp op, ConstVal y) {
    mpz_t p, q, r;
    mpz_init(p);
    mpz_init(q);
    mpz_init(r);
    cv_get_mpz(x, p);
    cv_get_mpz(y, q);
    ConstVal v = cv_unknown();
    bool ok = true;
    bool div = op == CV_QUO || op == CV_QUO_INT || op == CV_REM;
    if (div && mpz_sgn(q) == 0) {
        ok = false;
    } else if (op == CV_QUO) {
        mpq_t t;
        mpq_init(t);
        mpz_set(mpq_numref(t), p);
        mpz_set(mpq_denref(t), q);
        mpq_canonicalize(t);
        v = cv_make_rat(a, t);
        mpq_clear(t);
        ok = false;
    } else {
        switch (op) {
        case CV_ADD: mpz_add(r, p, q); break;
        case CV_SUB: mpz_sub(r, p, q); break;
        case CV_MUL: mpz_mul(r, p, q); break;
        case CV_QUO_INT: mpz_tdiv_q(r, p, q); break;
        case CV_REM: mpz_tdiv_r(r, p, q); break;
        case CV_AND: mpz_and(r, p, q); break;
        case CV_OR: mpz_ior(r, p, q); break;
        case CV_XOR: mpz_xor(r, p, q); break;
        case CV_AND_NOT: mpz_com(q, q), mpz_and(r, p, q); break;
        default: ok = false;
        }
    }
    if (ok) v = cv_make_int(a, r);
    mpz_clear(p);
    mpz_clear(q);
    mpz_clear(r);
    return v;
}

/* small_binary: both operands int64; like int64 arithmetic in Go while it
 * cannot overflow, else on big integers. */
static ConstVal small_binary(Arena *a, ConstVal x, ConstOp op, ConstVal y) {
    int64_t p = x.i, q = y.i;
    switch (op) {
    case CV_ADD:
    case CV_SUB:
        if (!fits_bits(p, 63) || !fits_bits(q, 63)) return big_binary(a, x, op, y);
        return cv_int64(op == CV_ADD ? p + q : p - q);
    case CV_MUL:
        if (!fits_bits(p, 32) || !fits_bits(q, 32)) return big_binary(a, x, op, y);
        return cv_int64(p * q);
    case CV_QUO: return big_binary(a, x, op, y);
    case CV_QUO_INT:
        if (q == 0) return cv_unknown();
        if (q == -1) return cv_int64((int64_t)(0 - (uint64_t)p)); /* wraps as Go's int64 */
        return cv_int64(p / q);
    case CV_REM:
        if (q == 0) return cv_unknown();
        return cv_int64(q == -1 ? 0 : p % q);
    case CV_AND: return cv_int64(p & q);
    case CV_OR: return cv_int64(p | q);
    case CV_XOR: return cv_int64(p ^ q);
    case CV_AND_NOT: return cv_int64(p & ~q);
    default: return cv_unknown();
    }
}

/* ---- fractions and floats ---------------------------------------------- */

static ConstVal rat_binary(Arena *a, ConstVal x, ConstOp op, ConstVal y) {
    mpq_t p, q;
    mpq_init(p);
    mpq_init(q);
    cv_get_mpq(x, p);
    cv_get_mpq(y, q);
    ConstVal v = cv_unknown();
    bool ok = true;
    switch (op) {
    case CV_ADD: mpq_add(p, p, q); break;
    case CV_SUB: mpq_sub(p, p, q); break;
    case CV_MUL: mpq_mul(p, p, q); break;
    case CV_QUO:
        if (mpq_sgn(q) == 0) ok = false;
        else mpq_div(p, p, q);
        break;
    default: ok = false;
    }
    if (ok) v = cv_make_rat(a, p);
    mpq_clear(p);
    mpq_clear(q);
    return v;
}

static ConstVal float_binary(Arena *a, ConstVal x, ConstOp op, ConstVal y) {
    BF p, q, r;
    bf_init(&p);
    bf_init(&q);
    bf_init(&r);
    cv_get_bf(x, &p);
    cv_get_bf(y, &q);
    ConstVal v = cv_unknown();
    bool ok = true;
    switch (op) {
    case CV_ADD: bf_add(&r, &p, &q, false, CV_PREC); break;
    case CV_SUB: bf_add(&r, &p, &q, true, CV_PREC); break;
    case CV_MUL: bf_mul(&r, &p, &q, CV_PREC); break;
    case CV_QUO:
        ok = !(p.form == BF_ZERO && q.form == BF_ZERO);
        if (ok) bf_quo(&r, &p, &q, CV_PREC);
        break;
    default: ok = false;
    }
    if (ok) v = cv_make_float(a, &r);
    bf_clear(&p);
    bf_clear(&q);
    bf_clear(&r);
    return v;
}

/* ---- complex ----------------------------------------------------------- */

static ConstVal complex_binary(Arena *a, ConstVal x, ConstOp op, ConstVal y) {
    x = cv_to_complex(a, x);
    y = cv_to_complex(a, y);
    ConstVal p = cv_real(x), q = cv_imag(x), r = cv_real(y), s = cv_imag(y);
    ConstVal re, im;
    switch (op) {
    case CV_ADD:
    case CV_SUB:
        re = cv_binary(a, p, op, r);
        im = cv_binary(a, q, op, s);
        break;
    case CV_MUL:
    case CV_QUO: {
        ConstVal pr = cv_binary(a, p, CV_MUL, r), qs = cv_binary(a, q, CV_MUL, s);
        ConstVal qr = cv_binary(a, q, CV_MUL, r), ps = cv_binary(a, p, CV_MUL, s);
        if (op == CV_MUL) {
            re = cv_binary(a, pr, CV_SUB, qs);
            im = cv_binary(a, qr, CV_ADD, ps);
            break;
        }
        ConstVal rr = cv_binary(a, r, CV_MUL, r), ss = cv_binary(a, s, CV_MUL, s);
        ConstVal n = cv_binary(a, rr, CV_ADD, ss);
        re = cv_binary(a, cv_binary(a, pr, CV_ADD, qs), CV_QUO, n);
        im = cv_binary(a, cv_binary(a, qr, CV_SUB, ps), CV_QUO, n);
        break;
    }
    default: return cv_unknown();
    }
    return cv_make_complex(a, re, im);
}

/* ---- operations -------------------------------------------------------- */

/* string_concat joins short strings at once and makes a rope of long
 * ones, so a long chain of + costs no more than its pieces. */
static ConstVal string_concat(Arena *a, ConstVal x, ConstVal y) {
    size_t n = (size_t)x.i + (size_t)y.i;
    if (x.i == 0) return y;
    if (y.i == 0) return x;
    if (n > 64) {
        CvRope *r = NEW(a, CvRope);
        r->l = x;
        r->r = y;
        return (ConstVal){CV_STRING, CR_ROPE, (int64_t)n, r};
    }
    char *s = arena_alloc(a, n + 1);
    if (x.rep == CR_ROPE || y.rep == CR_ROPE) die("string_concat: short rope");
    memcpy(s, x.p, (size_t)x.i);
    memcpy(s + x.i, y.p, (size_t)y.i);
    return (ConstVal){CV_STRING, CR_NONE, (int64_t)n, s};
}

/* mismatch: operands of levels that cannot be matched (one of them not a
 * number) both become the lower one, as go/constant's match does. */
static void mismatch(ConstVal *x, ConstVal *y) {
    int lx = level(*x), ly = level(*y);
    if (lx < ly && lx <= 1) *y = *x;
    else if (ly < lx && ly <= 1) *x = *y;
}

ConstVal cv_binary(Arena *a, ConstVal x, ConstOp op, ConstVal y) {
    mismatch(&x, &y);
    int lx = level(x), ly = level(y);
    if (lx == 0) return cv_unknown();
    if (lx == 1 && x.kind != y.kind) return cv_unknown();
    switch (lx > ly ? lx : ly) {
    case 1:
        if (x.kind == CV_BOOL && op == CV_LAND) return cv_bool(x.i && y.i);
        if (x.kind == CV_BOOL && op == CV_LOR) return cv_bool(x.i || y.i);
        if (x.kind == CV_STRING && op == CV_ADD) return string_concat(a, x, y);
        return cv_unknown();
    case 2: return small_binary(a, x, op, y);
    case 3: return big_binary(a, x, op, y);
    case 4: return rat_binary(a, x, op, y);
    case 5: return float_binary(a, x, op, y);
    default: return complex_binary(a, x, op, y);
    }
}

static ConstVal negate(Arena *a, ConstVal y) {
    if (y.rep == CR_INT64 && y.i != INT64_MIN) return cv_int64(-y.i);
    if (y.kind == CV_INT) {
        mpz_t z;
        mpz_init(z);
        cv_get_mpz(y, z);
        mpz_neg(z, z);
        ConstVal v = cv_make_int(a, z);
        mpz_clear(z);
        return v;
    }
    if (y.rep == CR_RAT) {
        mpq_t q;
        mpq_init(q);
        cv_get_mpq(y, q);
        mpq_neg(q, q);
        ConstVal v = cv_make_rat(a, q);
        mpq_clear(q);
        return v;
    }
    if (y.rep == CR_FLOAT) {
        BF f;
        bf_init(&f);
        cv_get_bf(y, &f);
        f.neg = !f.neg;
        ConstVal v = cv_make_float(a, &f);
        bf_clear(&f);
        return v;
    }
    if (y.kind == CV_COMPLEX) return cv_make_complex(a, negate(a, cv_real(y)), negate(a, cv_imag(y)));
    return cv_unknown();
}

static ConstVal complement(Arena *a, ConstVal y, unsigned prec) {
    if (y.kind != CV_INT) return cv_unknown();
    mpz_t z;
    mpz_init(z);
    cv_get_mpz(y, z);
    mpz_com(z, z);
    if (prec > 0) mpz_fdiv_r_2exp(z, z, prec); /* z &^= -1 << prec */
    ConstVal v = cv_make_int(a, z);
    mpz_clear(z);
    return v;
}

ConstVal cv_unary(Arena *a, ConstOp op, ConstVal y, unsigned prec) {
    if (y.kind == CV_UNKNOWN) return y;
    switch (op) {
    case CV_ADD: return level(y) >= 2 ? y : cv_unknown();
    case CV_SUB: return negate(a, y);
    case CV_XOR: return complement(a, y, prec);
    case CV_NOT: return y.kind == CV_BOOL ? cv_bool(!y.i) : cv_unknown();
    default: return cv_unknown();
    }
}

ConstVal cv_shift(Arena *a, ConstVal x, ConstOp op, uint64_t s) {
    if (x.kind != CV_INT || (op != CV_SHL && op != CV_SHR)) return x.kind == CV_UNKNOWN ? x : cv_unknown();
    if (s == 0) return x;
    if (op == CV_SHR && x.rep == CR_INT64) return cv_int64(s >= 64 ? (x.i < 0 ? -1 : 0) : x.i >> s);
    mpz_t z;
    mpz_init(z);
    cv_get_mpz(x, z);
    if (op == CV_SHL) mpz_mul_2exp(z, z, (mp_bitcnt_t)s);
    else mpz_fdiv_q_2exp(z, z, (mp_bitcnt_t)s);
    ConstVal v = cv_make_int(a, z);
    mpz_clear(z);
    return v;
}

/* ---- comparisons ------------------------------------------------------- */

static bool cmp_result(int c, ConstOp op) {
    switch (op) {
    case CV_EQL: return c == 0;
    case CV_NEQ: return c != 0;
    case CV_LSS: return c < 0;
    case CV_LEQ: return c <= 0;
    case CV_GTR: return c > 0;
    case CV_GEQ: return c >= 0;
    default: return false;
    }
}

static int string_cmp(ConstVal x, ConstVal y) {
    size_t n = (size_t)(x.i < y.i ? x.i : y.i);
    char *xs = x.rep == CR_ROPE ? cv_string_bytes(x) : NULL;
    char *ys = y.rep == CR_ROPE ? cv_string_bytes(y) : NULL;
    int c = memcmp(xs ? xs : x.p, ys ? ys : y.p, n);
    free(xs);
    free(ys);
    if (c) return c < 0 ? -1 : 1;
    return (x.i > y.i) - (x.i < y.i);
}

/* num_cmp compares two real numbers at the level of the more general. */
static int num_cmp(ConstVal x, ConstVal y, int lv) {
    int c = 0;
    if (lv == 2) return (x.i > y.i) - (x.i < y.i);
    if (lv == 3) {
        mpz_t p, q;
        mpz_init(p);
        mpz_init(q);
        cv_get_mpz(x, p);
        cv_get_mpz(y, q);
        c = mpz_cmp(p, q);
        mpz_clear(p);
        mpz_clear(q);
    } else if (lv == 4) {
        mpq_t p, q;
        mpq_init(p);
        mpq_init(q);
        cv_get_mpq(x, p);
        cv_get_mpq(y, q);
        c = mpq_cmp(p, q);
        mpq_clear(p);
        mpq_clear(q);
    } else {
        BF p, q;
        bf_init(&p);
        bf_init(&q);
        cv_get_bf(x, &p);
        cv_get_bf(y, &q);
        c = bf_cmp(&p, &q);
        bf_clear(&p);
        bf_clear(&q);
    }
    return (c > 0) - (c < 0);
}

bool cv_compare(ConstVal x, ConstOp op, ConstVal y) {
    mismatch(&x, &y);
    int lx = level(x), ly = level(y), lv = lx > ly ? lx : ly;
    if (lx == 0) return false;
    if (lx == 1 || ly == 1) {
        if (x.kind != y.kind) return false;
        if (x.kind == CV_STRING) return cmp_result(string_cmp(x, y), op);
        if (op != CV_EQL && op != CV_NEQ) return false;
        return cmp_result(x.i != y.i, op);
    }
    if (lv == 6) {
        if (op != CV_EQL && op != CV_NEQ) return false;
        bool eq = cv_compare(cv_real(x), CV_EQL, cv_real(y)) && cv_compare(cv_imag(x), CV_EQL, cv_imag(y));
        return op == CV_EQL ? eq : !eq;
    }
    return cmp_result(num_cmp(x, y, lv), op);
}
