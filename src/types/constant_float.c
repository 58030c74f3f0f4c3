/* constant_float.c: binary floating point as math/big.Float computes it.
 *
 * go/constant keeps large Float values in 512-bit binary floats whose
 * every operation is correctly rounded (nearest even), and it rounds those
 * and exact fractions to float32/float64. The printed forms show the
 * mantissa bits, so we must land on the very same bits: each operation is
 * done exactly on GMP integers (or with a sticky bit standing for what lies
 * below) and rounded once. A BF is m * 2^lo with m > 0; math/big's
 * exponent is lo + bitlen(m). Exponents beyond int32 overflow to infinity
 * or underflow to zero, as in math/big. */
#define CV_INTERNAL
#include "types/constant.h"

#include <math.h>

#define MAXEXP INT32_MAX
#define MINEXP INT32_MIN

void bf_init(BF *z) {
    z->form = BF_ZERO;
    z->neg = false;
    z->lo = 0;
    mpz_init(z->m);
}

void bf_clear(BF *z) { mpz_clear(z->m); }

void bf_set(BF *z, const BF *x) {
    z->form = x->form;
    z->neg = x->neg;
    z->lo = x->lo;
    mpz_set(z->m, x->m);
}

int64_t bf_exp(const BF *x) {
    if (x->form != BF_FINITE) return 0;
    return x->lo + (int64_t)mpz_sizeinbase(x->m, 2);
}

int bf_sign(const BF *x) {
    if (x->form == BF_ZERO) return 0;
    return x->neg ? -1 : 1;
}

static void set_zero(BF *z, bool neg) {
    z->form = BF_ZERO;
    z->neg = neg;
    z->lo = 0;
    mpz_set_ui(z->m, 0);
}

static void set_inf(BF *z, bool neg) {
    z->form = BF_INF;
    z->neg = neg;
    z->lo = 0;
    mpz_set_ui(z->m, 0);
}

/* check_range turns exponents math/big cannot hold into 0 or infinity. */
static void check_range(BF *z) {
    if (z->form != BF_FINITE) return;
    int64_t e = bf_exp(z);
    if (e > MAXEXP) set_inf(z, z->neg);
    else if (e < MINEXP) set_zero(z, z->neg);
}

/* bf_round rounds z's mantissa to prec bits in mode; sbit says that
 * nonzero bits were already cut off below m (callers then make sure m has
 * more than prec bits). */
void bf_round(BF *z, int64_t prec, int mode, int sbit) {
    if (z->form != BF_FINITE) return;
    int64_t bits = (int64_t)mpz_sizeinbase(z->m, 2);
    if (bits <= prec) {
        check_range(z);
        return;
    }
    mp_bitcnt_t r = (mp_bitcnt_t)(bits - prec);
    int rbit = mpz_tstbit(z->m, r - 1);
    int sticky = sbit || (mpz_scan1(z->m, 0) < r - 1);
    mpz_tdiv_q_2exp(z->m, z->m, r);
    z->lo += (int64_t)r;
    bool up = false;
    if (mode == BF_NEAREST_EVEN) up = rbit && (sticky || mpz_odd_p(z->m));
    else if (mode == BF_AWAY) up = rbit || sticky;
    if (up) mpz_add_ui(z->m, z->m, 1);
    check_range(z);
}

void bf_set_mpz(BF *z, mpz_srcptr x, int64_t prec) {
    int s = mpz_sgn(x);
    if (s == 0) {
        set_zero(z, false);
        return;
    }
    z->form = BF_FINITE;
    z->neg = s < 0;
    z->lo = 0;
    mpz_abs(z->m, x);
    bf_round(z, prec, BF_NEAREST_EVEN, 0);
}

/* quo_mag sets z to the rounded quotient of magnitudes a*2^alo / (b*2^blo). */
static void quo_mag(BF *z, mpz_srcptr a, int64_t alo, mpz_srcptr b, int64_t blo, int64_t prec) {
    int64_t s = prec + 2 + (int64_t)mpz_sizeinbase(b, 2) - (int64_t)mpz_sizeinbase(a, 2);
    if (s < 0) s = 0;
    mpz_t num, rem;
    mpz_init(num);
    mpz_init(rem);
    mpz_mul_2exp(num, a, (mp_bitcnt_t)s);
    mpz_tdiv_qr(z->m, rem, num, b);
    z->form = BF_FINITE;
    z->lo = alo - blo - s;
    bf_round(z, prec, BF_NEAREST_EVEN, mpz_sgn(rem) != 0);
    mpz_clear(num);
    mpz_clear(rem);
}

/* bf_set_mpq is big.Float.SetRat: the correctly rounded quotient. */
void bf_set_mpq(BF *z, mpz_srcptr num, mpz_srcptr den, int64_t prec) {
    if (mpz_sgn(num) == 0) {
        set_zero(z, false);
        return;
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, num);
    bool neg = (mpz_sgn(num) < 0) != (mpz_sgn(den) < 0);
    mpz_t b;
    mpz_init(b);
    mpz_abs(b, den);
    quo_mag(z, a, 0, b, 0, prec);
    z->neg = neg;
    mpz_clear(a);
    mpz_clear(b);
}

/* add_special handles the operands that are zero or infinite. */
static bool add_special(BF *z, const BF *x, const BF *y, bool sub, int64_t prec) {
    bool yneg = y->neg != sub;
    if (x->form == BF_INF || y->form == BF_INF) {
        if (x->form == BF_INF) set_inf(z, x->neg); /* Inf - Inf: math/big panics */
        else set_inf(z, yneg);
        return true;
    }
    if (x->form == BF_ZERO && y->form == BF_ZERO) {
        set_zero(z, x->neg && yneg);
        return true;
    }
    if (x->form == BF_ZERO || y->form == BF_ZERO) {
        const BF *w = x->form == BF_ZERO ? y : x;
        bool neg = x->form == BF_ZERO ? yneg : x->neg;
        if (z != w) bf_set(z, w);
        z->neg = neg;
        bf_round(z, prec, BF_NEAREST_EVEN, 0);
        return true;
    }
    return false;
}

/* bf_add sets z = x + y (or x - y), correctly rounded. An operand lying
 * wholly below the other's last bit and below the rounding position is
 * replaced by a tiny stand-in of the same sign: the rounding cannot tell
 * the difference, and huge exponent gaps cost nothing. */
void bf_add(BF *z, const BF *x, const BF *y, bool sub, int64_t prec) {
    if (add_special(z, x, y, sub, prec)) return;
    bool yneg = y->neg != sub;
    const BF *h = x, *l = y;
    bool hneg = x->neg, lneg = yneg;
    if (bf_exp(y) > bf_exp(x)) h = y, l = x, hneg = yneg, lneg = x->neg;
    int64_t t = bf_exp(h) - prec;
    if (h->lo < t) t = h->lo;
    t -= 2;
    mpz_t hm, lm;
    mpz_init_set(hm, h->m);
    mpz_init_set(lm, l->m);
    int64_t hlo = h->lo, llo = l->lo;
    if (bf_exp(l) <= t) {
        mpz_set_ui(lm, 1);
        llo = t - 1;
    }
    int64_t lo = hlo < llo ? hlo : llo;
    mpz_mul_2exp(hm, hm, (mp_bitcnt_t)(hlo - lo));
    mpz_mul_2exp(lm, lm, (mp_bitcnt_t)(llo - lo));
    if (hneg) mpz_neg(hm, hm);
    if (lneg) mpz_neg(lm, lm);
    mpz_add(hm, hm, lm);
    if (mpz_sgn(hm) == 0) {
        set_zero(z, false);
    } else {
        z->form = BF_FINITE;
        z->neg = mpz_sgn(hm) < 0;
        mpz_abs(z->m, hm);
        z->lo = lo;
        bf_round(z, prec, BF_NEAREST_EVEN, 0);
    }
    mpz_clear(hm);
    mpz_clear(lm);
}

void bf_mul(BF *z, const BF *x, const BF *y, int64_t prec) {
    bool neg = x->neg != y->neg;
    if (x->form == BF_INF || y->form == BF_INF) {
        set_inf(z, neg); /* Inf * 0: math/big panics */
        return;
    }
    if (x->form == BF_ZERO || y->form == BF_ZERO) {
        set_zero(z, neg);
        return;
    }
    int64_t lo = x->lo + y->lo;
    mpz_mul(z->m, x->m, y->m);
    z->form = BF_FINITE;
    z->neg = neg;
    z->lo = lo;
    bf_round(z, prec, BF_NEAREST_EVEN, 0);
}

void bf_quo(BF *z, const BF *x, const BF *y, int64_t prec) {
    bool neg = x->neg != y->neg;
    if (x->form == BF_INF || y->form == BF_ZERO) {
        set_inf(z, neg); /* 0/0, Inf/Inf: math/big panics */
        return;
    }
    if (x->form == BF_ZERO || y->form == BF_INF) {
        set_zero(z, neg);
        return;
    }
    mpz_t a, b;
    mpz_init_set(a, x->m);
    mpz_init_set(b, y->m);
    quo_mag(z, a, x->lo, b, y->lo, prec);
    z->neg = neg;
    mpz_clear(a);
    mpz_clear(b);
}

bool bf_is_int(const BF *x) {
    if (x->form == BF_ZERO) return true;
    if (x->form == BF_INF) return false;
    if (x->lo >= 0) return true;
    return (int64_t)mpz_scan1(x->m, 0) >= -x->lo;
}

bool bf_to_mpz(const BF *x, mpz_ptr z) {
    if (x->form != BF_FINITE) {
        mpz_set_ui(z, 0);
        return x->form == BF_ZERO;
    }
    bool exact = true;
    if (x->lo >= 0) {
        mpz_mul_2exp(z, x->m, (mp_bitcnt_t)x->lo);
    } else if (bf_exp(x) <= 0) {
        mpz_set_ui(z, 0);
        exact = false;
    } else {
        exact = bf_is_int(x);
        mpz_tdiv_q_2exp(z, x->m, (mp_bitcnt_t)-x->lo);
    }
    if (x->neg) mpz_neg(z, z);
    return exact;
}

void bf_to_mpq(const BF *x, mpq_ptr q) {
    if (x->form != BF_FINITE) {
        mpq_set_ui(q, 0, 1);
        return;
    }
    mpz_set(mpq_numref(q), x->m);
    mpz_set_ui(mpq_denref(q), 1);
    if (x->lo >= 0) mpz_mul_2exp(mpq_numref(q), mpq_numref(q), (mp_bitcnt_t)x->lo);
    else mpz_mul_2exp(mpq_denref(q), mpq_denref(q), (mp_bitcnt_t)-x->lo);
    mpq_canonicalize(q);
    if (x->neg) mpq_neg(q, q);
}

/* cmp_mag compares |x| and |y| of finite nonzero x, y. */
static int cmp_mag(const BF *x, const BF *y) {
    int64_t ex = bf_exp(x), ey = bf_exp(y);
    if (ex != ey) return ex < ey ? -1 : 1;
    mpz_t a, b;
    mpz_init_set(a, x->m);
    mpz_init_set(b, y->m);
    if (x->lo > y->lo) mpz_mul_2exp(a, a, (mp_bitcnt_t)(x->lo - y->lo));
    else mpz_mul_2exp(b, b, (mp_bitcnt_t)(y->lo - x->lo));
    int c = mpz_cmp(a, b);
    mpz_clear(a);
    mpz_clear(b);
    return c < 0 ? -1 : c > 0;
}

int bf_cmp(const BF *x, const BF *y) {
    int sx = bf_sign(x), sy = bf_sign(y);
    if (sx != sy) return sx < sy ? -1 : 1;
    if (sx == 0) return 0;
    int c;
    if (x->form == BF_INF || y->form == BF_INF) c = (x->form == BF_INF) - (y->form == BF_INF);
    else c = cmp_mag(x, y);
    return sx < 0 ? -c : c;
}

/* top_exp is e with 2^(e-1) <= num/den*2^lo < 2^e (num, den > 0). */
static int64_t top_exp(mpz_srcptr num, mpz_srcptr den, int64_t lo) {
    int64_t bn = (int64_t)mpz_sizeinbase(num, 2), bd = (int64_t)mpz_sizeinbase(den, 2);
    mpz_t t;
    mpz_init(t);
    int c;
    if (bn >= bd) {
        mpz_mul_2exp(t, den, (mp_bitcnt_t)(bn - bd));
        c = mpz_cmp(num, t);
    } else {
        mpz_mul_2exp(t, num, (mp_bitcnt_t)(bd - bn));
        c = mpz_cmp(t, den);
    }
    mpz_clear(t);
    return bn - bd + lo + (c >= 0);
}

/* few_bits: num/den is m*2^j with m below 2^mbits. */
static bool few_bits(mpz_srcptr num, mpz_srcptr den, int mbits) {
    if (mpz_popcount(den) != 1) return false;
    return (int64_t)mpz_sizeinbase(num, 2) - (int64_t)mpz_scan1(num, 0) <= mbits;
}

/* round_quo returns num*2^sh/den rounded to an integer, nearest even. */
static void round_quo(mpz_ptr q, mpz_srcptr num, mpz_srcptr den, int64_t sh, bool *exact) {
    mpz_t a, b, r;
    mpz_init(a);
    mpz_init(b);
    mpz_init(r);
    if (sh >= 0) {
        mpz_mul_2exp(a, num, (mp_bitcnt_t)sh);
        mpz_set(b, den);
    } else {
        mpz_set(a, num);
        mpz_mul_2exp(b, den, (mp_bitcnt_t)-sh);
    }
    mpz_tdiv_qr(q, r, a, b);
    *exact = mpz_sgn(r) == 0;
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, b);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_clear(a);
    mpz_clear(b);
    mpz_clear(r);
}

double cv_ieee(mpz_srcptr num, mpz_srcptr den, int64_t lo, int mbits, int emin, int emax, bool quirk, bool *exact) {
    *exact = true;
    if (mpz_sgn(num) == 0) return 0;
    int64_t e = top_exp(num, den, lo);
    if (e > emax) {
        *exact = false;
        return HUGE_VAL;
    }
    if (e <= emin - mbits - 1) {
        *exact = quirk && few_bits(num, den, mbits);
        return 0;
    }
    int64_t k = e - mbits;
    if (k < emin - mbits) k = emin - mbits;
    mpz_t q;
    mpz_init(q);
    round_quo(q, num, den, lo - k, exact);
    double f = HUGE_VAL;
    if ((int64_t)mpz_sizeinbase(q, 2) + k <= emax) f = ldexp(mpz_get_d(q), (int)k);
    else *exact = false;
    mpz_clear(q);
    return f;
}

static double bf_ieee(const BF *x, int mbits, int emin, int emax, bool *exact) {
    *exact = true;
    if (x->form == BF_ZERO) return x->neg ? -0.0 : 0.0;
    if (x->form == BF_INF) return x->neg ? -HUGE_VAL : HUGE_VAL;
    mpz_t one;
    mpz_init_set_ui(one, 1);
    double f = cv_ieee(x->m, one, x->lo, mbits, emin, emax, false, exact);
    mpz_clear(one);
    return x->neg ? -f : f;
}

double bf_float64(const BF *x, bool *exact) { return bf_ieee(x, 53, -1021, 1024, exact); }

float bf_float32(const BF *x, bool *exact) {
    double f = bf_ieee(x, 24, -125, 128, exact);
    return (float)f;
}
