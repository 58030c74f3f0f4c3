/* constant.h: exact values of Go constants, as go/constant models them.
 *
 * A ConstVal is a small value type (kind, representation, one int64 and one
 * pointer) passed and returned by value. Its big payloads (integers,
 * fractions, binary floats, string bytes, complex parts) live in the Arena
 * given to the function that made it, GMP limbs included (integers are kept
 * as limb arrays and viewed read-only through mpz_roinit_n), so a value dies
 * with its arena and nothing is ever freed one by one. Values are
 * immutable; sharing them between values is fine.
 *
 * Representations follow go/constant exactly, because the printed forms
 * and the exactness flags depend on them:
 *   Int:   an int64 when the value fits, else a big integer;
 *   Float: an exact fraction while numerator and denominator stay below
 *          4096 bits, else a binary float with a 512-bit mantissa (rounded
 *          to nearest even, as math/big.Float does); once a float, results
 *          stay floats;
 *   Complex: a pair of Int/Float values.
 * Operations that go/constant defines as a panic (invalid operands, a
 * division by zero) return Unknown here; callers check before, as go/types
 * does. Operands of mismatched kinds behave as in go/constant (a number
 * against a Bool or String: both taken as the latter). */
#ifndef GOESC_TYPES_CONSTANT_H
#define GOESC_TYPES_CONSTANT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/base.h"

typedef enum ConstKind {
    CV_UNKNOWN, /* unknown: the result of an error */
    CV_BOOL,    /* i is 0 or 1 */
    CV_STRING,  /* i: length; p: bytes (NUL-terminated), or a CvRope */
    CV_INT,     /* int64 in i, or a big integer in p */
    CV_FLOAT,   /* a fraction or a 512-bit binary float in p */
    CV_COMPLEX, /* p: two ConstVals (re, im) */
} ConstKind;

typedef enum ConstRep {
    CR_NONE,   /* Unknown, Bool, String, Complex */
    CR_INT64,  /* Int that fits int64 */
    CR_BIGINT, /* Int beyond int64: p is a CvBigInt */
    CR_RAT,    /* Float as a normalized fraction: p is a CvRat */
    CR_FLOAT,  /* Float as a binary float: p is a CvFloat */
    CR_ROPE,   /* String made by concatenation: p is a CvRope */
} ConstRep;

typedef struct ConstVal {
    uint8_t kind; /* ConstKind */
    uint8_t rep;  /* ConstRep */
    int64_t i;
    const void *p;
} ConstVal;

/* Literal token kinds for cv_from_literal. */
typedef enum ConstLit { CV_LIT_INT, CV_LIT_FLOAT, CV_LIT_IMAG, CV_LIT_CHAR, CV_LIT_STRING } ConstLit;

/* Operators: the Go token each stands for in a comment. */
typedef enum ConstOp {
    CV_ADD,     /* + */
    CV_SUB,     /* - */
    CV_MUL,     /* * */
    CV_QUO,     /* / (exact quotient: Int/Int gives a Float) */
    CV_QUO_INT, /* / forced integer division (token.QUO_ASSIGN) */
    CV_REM,     /* % */
    CV_AND,     /* & */
    CV_OR,      /* | */
    CV_XOR,     /* ^ (binary xor, unary complement) */
    CV_AND_NOT, /* &^ */
    CV_LAND,    /* && */
    CV_LOR,     /* || */
    CV_NOT,     /* ! (unary) */
    CV_SHL,     /* << */
    CV_SHR,     /* >> */
    CV_EQL,     /* == */
    CV_NEQ,     /* != */
    CV_LSS,     /* < */
    CV_LEQ,     /* <= */
    CV_GTR,     /* > */
    CV_GEQ,     /* >= */
} ConstOp;

/* Basic types a constant may be checked against (cv_representable). */
typedef enum ConstBasic {
    CB_BOOL, CB_INT, CB_INT8, CB_INT16, CB_INT32, CB_INT64,
    CB_UINT, CB_UINT8, CB_UINT16, CB_UINT32, CB_UINT64, CB_UINTPTR,
    CB_FLOAT32, CB_FLOAT64, CB_COMPLEX64, CB_COMPLEX128, CB_STRING,
    CB_UNTYPED_BOOL, CB_UNTYPED_INT, CB_UNTYPED_RUNE, CB_UNTYPED_FLOAT,
    CB_UNTYPED_COMPLEX, CB_UNTYPED_STRING,
} ConstBasic;

/* ---- construction ------------------------------------------------------ */

ConstVal cv_unknown(void);
ConstVal cv_bool(bool b);
ConstVal cv_string(Arena *a, const char *s, size_t n);
ConstVal cv_int64(int64_t x);
ConstVal cv_uint64(Arena *a, uint64_t x);
ConstVal cv_float64(Arena *a, double x); /* -0 gives 0; Inf/NaN give Unknown */
ConstVal cv_make_imag(Arena *a, ConstVal x); /* x*i */
/* cv_string_from_int is the constant conversion string(x) of an Int: its
 * UTF-8 encoding, "\uFFFD" for values that are not valid runes. */
ConstVal cv_string_from_int(Arena *a, ConstVal x);
/* cv_from_literal is constant.MakeFromLiteral: the value of a Go literal's
 * source text, Unknown when its syntax is invalid. */
ConstVal cv_from_literal(Arena *a, const char *lit, size_t n, ConstLit kind);

/* ---- accessors --------------------------------------------------------- */

static inline bool cv_is_unknown(ConstVal x) { return x.kind == CV_UNKNOWN; }
bool cv_bool_val(ConstVal x);                         /* Unknown: false */
/* cv_string_val gives the bytes of a String (Unknown: ""); a string made
 * by + is assembled into a's memory on each call (a long chain of + stays
 * linear in size until its bytes are asked for). */
const char *cv_string_val(Arena *a, ConstVal x, size_t *len);
int64_t cv_string_len(ConstVal x);
int64_t cv_int64_val(ConstVal x, bool *exact);        /* Int only */
uint64_t cv_uint64_val(ConstVal x, bool *exact);      /* Int only */
double cv_float64_val(ConstVal x, bool *exact);       /* non-complex numbers */
float cv_float32_val(ConstVal x, bool *exact);
int cv_sign(ConstVal x);    /* -1/0/1; complex: 0 iff zero; Unknown: 1 */
int64_t cv_bitlen(ConstVal x); /* Int: bits of |x| */
ConstVal cv_num(Arena *a, ConstVal x);   /* numerator (Int/Float) */
ConstVal cv_denom(Arena *a, ConstVal x); /* denominator >= 1 */
ConstVal cv_real(ConstVal x);
ConstVal cv_imag(ConstVal x);

/* ---- conversions ------------------------------------------------------- */

ConstVal cv_to_int(Arena *a, ConstVal x);     /* Unknown unless integral */
ConstVal cv_to_float(Arena *a, ConstVal x);
ConstVal cv_to_complex(Arena *a, ConstVal x);

/* ---- operations -------------------------------------------------------- */

/* cv_unary: op is CV_ADD, CV_SUB, CV_XOR or CV_NOT; prec > 0 limits the
 * result of ^ to prec bits (for unsigned types). */
ConstVal cv_unary(Arena *a, ConstOp op, ConstVal y, unsigned prec);
ConstVal cv_binary(Arena *a, ConstVal x, ConstOp op, ConstVal y);
ConstVal cv_shift(Arena *a, ConstVal x, ConstOp op, uint64_t s);
bool cv_compare(ConstVal x, ConstOp op, ConstVal y);

/* ---- type-checker helpers ---------------------------------------------- */

/* cv_representable is go/types' representableConst: whether x is a value
 * of basic type t for a target with ptr_size-byte int/uint/uintptr. When
 * rounded is not NULL and x fits, *rounded is the value as the type holds
 * it (Int for integers, floats rounded to float32/float64). */
bool cv_representable(Arena *a, ConstVal x, ConstBasic t, int ptr_size, ConstVal *rounded);

/* ---- printing ---------------------------------------------------------- */

/* constant.Value.String() and ExactString(), into arena memory. */
const char *cv_string_of(Arena *a, ConstVal x);
const char *cv_exact_string(Arena *a, ConstVal x);
/* cv_quote is strconv.Quote: appended to a malloc'd buffer. */
char *cv_quote(const char *s, size_t n, size_t *outlen);

/* ---- internal to constant*.c ------------------------------------------- */

/* Big payloads. A CvBigInt is a GMP limb array with mpz's signed size. A
 * CvFloat is sign * mant * 2^lo (math/big's exponent is lo + bitlen(mant))
 * with mant a positive integer, or zero (size 0). */
typedef struct CvBigInt { int32_t size; uint64_t limbs[]; } CvBigInt;
typedef struct CvRat { const CvBigInt *num, *den; } CvRat;
typedef struct CvFloat { bool neg; int64_t lo; const CvBigInt *mant; } CvFloat;
typedef struct CvComplex { ConstVal re, im; } CvComplex;
typedef struct CvRope { ConstVal l, r; } CvRope; /* l + r */

#ifdef CV_INTERNAL
#include <gmp.h>

/* BF: a scratch binary float, the working form of math/big.Float:
 * value = (neg ? -1 : 1) * m * 2^lo for form BF_FINITE (m > 0). */
enum { BF_ZERO, BF_FINITE, BF_INF };
enum { BF_NEAREST_EVEN, BF_TO_ZERO, BF_AWAY };
#define CV_PREC 512     /* go/constant's mantissa precision */
#define CV_MAXEXP 4096  /* fraction component limit (bits) */
typedef struct BF { int form; bool neg; int64_t lo; mpz_t m; } BF;

void bf_init(BF *z);
void bf_clear(BF *z);
void bf_set(BF *z, const BF *x);
int64_t bf_exp(const BF *x); /* math/big's MantExp exponent (0 for zero) */
void bf_round(BF *z, int64_t prec, int mode, int sbit);
void bf_set_mpz(BF *z, mpz_srcptr x, int64_t prec);
void bf_set_mpq(BF *z, mpz_srcptr num, mpz_srcptr den, int64_t prec);
void bf_add(BF *z, const BF *x, const BF *y, bool sub, int64_t prec);
void bf_mul(BF *z, const BF *x, const BF *y, int64_t prec);
void bf_quo(BF *z, const BF *x, const BF *y, int64_t prec);
bool bf_is_int(const BF *x);
bool bf_to_mpz(const BF *x, mpz_ptr z); /* truncates; true if exact */
void bf_to_mpq(const BF *x, mpq_ptr q);  /* exact; finite x */
int bf_sign(const BF *x);
int bf_cmp(const BF *x, const BF *y);
/* cv_ieee: nearest IEEE value (mbits-bit mantissa, normal exponents from
 * emin, overflow at emax; math/big's exponent convention) of
 * num/den*2^lo (num >= 0, den > 0). quirk emulates big.Rat's exactness
 * flag below the denormals. */
double cv_ieee(mpz_srcptr num, mpz_srcptr den, int64_t lo, int mbits, int emin, int emax, bool quirk, bool *exact);
double bf_float64(const BF *x, bool *exact);
float bf_float32(const BF *x, bool *exact);

/* Moving between payloads and GMP. */
void cv_mpz_view(mpz_ptr view, const CvBigInt *b); /* read-only */
const CvBigInt *cv_bigint_store(Arena *a, mpz_srcptr x);
ConstVal cv_make_int(Arena *a, mpz_srcptr x);       /* int64 if it fits */
ConstVal cv_make_rat(Arena *a, mpq_srcptr q);       /* float if too big */
ConstVal cv_rat_raw(Arena *a, mpq_srcptr q);        /* always a fraction */
ConstVal cv_make_float(Arena *a, const BF *x);      /* Unknown if infinite */
ConstVal cv_make_complex(Arena *a, ConstVal re, ConstVal im);
void cv_get_mpz(ConstVal x, mpz_ptr z);  /* Int; z initialized */
void cv_get_mpq(ConstVal x, mpq_ptr q);  /* Int or fraction; q initialized */
void cv_get_bf(ConstVal x, BF *z);       /* any real number; z initialized */
bool cv_is_print(uint32_t r);            /* strconv.IsPrint */
char *cv_string_bytes(ConstVal x);       /* malloc'd copy of a String */
#endif

#endif
