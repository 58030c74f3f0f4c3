/* constant_test.c: unit tests of src/types/constant*.c, each case a fact
 * of go/constant (checked once against Go 1.27) that our representation,
 * rounding or printing could get wrong. The broad comparison with Go is
 * tests/check-constant. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "types/constant.h"

static Arena *A;

#include "check.h"

static void check_str(int line, const char *got, const char *want) {
    if (strcmp(got, want) == 0) return;
    failures++;
    fprintf(stderr, "%s:%d: got %s, want %s\n", __FILE__, line, got, want);
}
#define STR(v, want) check_str(__LINE__, cv_string_of(A, v), want)
#define EXACT(v, want) check_str(__LINE__, cv_exact_string(A, v), want)

static ConstVal lit(const char *s, ConstLit k) { return cv_from_literal(A, s, strlen(s), k); }
static ConstVal I(const char *s) { return lit(s, CV_LIT_INT); }
static ConstVal F(const char *s) { return lit(s, CV_LIT_FLOAT); }

static void test_ints(void) {
    ConstVal x = I("9223372036854775807");
    CHECK(x.rep == CR_INT64);
    ConstVal y = cv_binary(A, x, CV_ADD, cv_int64(1));
    CHECK(y.rep == CR_BIGINT);
    STR(y, "9223372036854775808");
    bool ok;
    CHECK(cv_uint64_val(y, &ok) == 9223372036854775808u && ok);
    cv_int64_val(y, &ok);
    CHECK(!ok);
    CHECK(cv_binary(A, y, CV_SUB, cv_int64(1)).rep == CR_INT64); /* back to int64 */
    STR(I("0x_ff"), "255");
    STR(I("0o17"), "15");
    STR(I("017"), "15");
    STR(I("0b1_01"), "5");
    CHECK(cv_is_unknown(I("08")));
    CHECK(cv_is_unknown(I("1__0")));
    CHECK(cv_is_unknown(I("0x")));
    STR(cv_shift(A, cv_int64(1), CV_SHL, 100), "1267650600228229401496703205376");
    STR(cv_shift(A, cv_int64(-7), CV_SHR, 1), "-4");
    STR(cv_shift(A, cv_int64(-7), CV_SHR, 200), "-1");
    STR(cv_unary(A, CV_XOR, cv_int64(0), 8), "255");
    STR(cv_unary(A, CV_XOR, cv_int64(5), 0), "-6");
    STR(cv_binary(A, cv_int64(-7), CV_QUO_INT, cv_int64(2)), "-3");
    STR(cv_binary(A, cv_int64(-7), CV_REM, cv_int64(2)), "-1");
    STR(cv_binary(A, cv_int64(INT64_MIN), CV_QUO_INT, cv_int64(-1)), "-9223372036854775808"); /* Go's int64 wrap */
    STR(cv_binary(A, cv_int64(6), CV_AND_NOT, cv_int64(3)), "4");
    CHECK(cv_bitlen(cv_int64(INT64_MIN)) == 64);
    ConstVal q = cv_binary(A, cv_int64(1), CV_QUO, cv_int64(3));
    CHECK(q.kind == CV_FLOAT && q.rep == CR_RAT);
    EXACT(q, "1/3");
    STR(q, "0.333333");
}

static void test_floats(void) {
    STR(F("1e1000"), "1e+1000");
    CHECK(F("1e1000").rep == CR_RAT);                 /* below 2^4096: exact */
    CHECK(F("1e2000").rep == CR_FLOAT);               /* beyond: 512-bit float */
    EXACT(F("1e2000"), "0x.e7b64e4de2fc42514a729f6e4aafabe8f7d3c138c0b557e9ab8dce4bbb1a58f842197134983b0ae336cbdf3d970be9e0232b92c760800b8e55a5cf5c4ad31f78p+6644");
    STR(F("1e-2000"), "1e-2000");
    STR(F("9.999995e3000"), "9.99999e+3000");
    STR(F("100000.5"), "100000.5");                   /* %.6g would hide the fraction */
    STR(F("1234567.5"), "1.23457e+06");
    STR(F("1234565.0"), "1.23456e+06");               /* tie to even */
    STR(F("0.1"), "0.1");
    EXACT(F("0.1"), "1/10");
    STR(F("1e-7"), "1e-07");
    STR(F("0x1p-1074"), "4.94066e-324");
    STR(F("0x1p-1075"), "2.47033e-324");
    CHECK(cv_is_unknown(F("1e1886451601")));
    STR(F("6e-1886451601"), "0");
    STR(F("1_000.5"), "1000.5");
    STR(cv_float64(A, -0.0), "0");
    CHECK(cv_is_unknown(cv_float64(A, INFINITY)));
    ConstVal big = cv_binary(A, F("1e1300"), CV_QUO, cv_int64(3));
    CHECK(big.rep == CR_FLOAT);
    ConstVal back = cv_binary(A, cv_binary(A, big, CV_MUL, cv_int64(3)), CV_QUO, F("1e1000"));
    CHECK(cv_is_unknown(cv_to_int(A, cv_binary(A, big, CV_MUL, cv_int64(3))))); /* 2^4319: too big */
    ConstVal bi = cv_to_int(A, back); /* the 512-bit float's integer value */
    const char *bs = cv_string_of(A, bi);
    CHECK(bi.kind == CV_INT && strlen(bs) == 301 && strncmp(bs, "1000000000000000000000000", 25) == 0);
    CHECK(strcmp(bs + 268, "837461381711563440772702038654976") == 0);
    bool ok;
    CHECK(cv_float64_val(F("0.1"), &ok) == 0.1 && !ok);
    CHECK(cv_float64_val(F("0.5"), &ok) == 0.5 && ok);
    CHECK(cv_float32_val(F("0x1.fffffep127"), &ok) == 0x1.fffffep127f && ok);
    CHECK(isinf(cv_float32_val(F("0x1.ffffffp127"), &ok)) && !ok); /* rounds up past max */
    CHECK(cv_float64_val(F("0x1p-1075"), &ok) == 0 && !ok);       /* tie to even: 0 */
    CHECK(cv_float64_val(F("0x1.0000000000001p-1075"), &ok) == 0x1p-1074);
}

static void test_representable(void) {
    ConstVal r;
    CHECK(cv_representable(A, cv_int64(127), CB_INT8, 8, &r));
    CHECK(!cv_representable(A, cv_int64(128), CB_INT8, 8, &r));
    CHECK(cv_representable(A, cv_int64(-128), CB_INT8, 8, &r));
    CHECK(!cv_representable(A, cv_int64(-1), CB_UINT, 8, &r));
    CHECK(cv_representable(A, I("18446744073709551615"), CB_UINT64, 8, &r));
    CHECK(!cv_representable(A, I("18446744073709551616"), CB_UINT64, 8, &r));
    CHECK(!cv_representable(A, I("4294967296"), CB_UINTPTR, 4, &r));
    CHECK(cv_representable(A, F("2.0"), CB_INT, 8, &r) && r.kind == CV_INT);
    CHECK(!cv_representable(A, F("2.5"), CB_INT, 8, &r));
    CHECK(cv_representable(A, F("0.1"), CB_FLOAT32, 8, &r));
    EXACT(r, "13421773/134217728");
    CHECK(!cv_representable(A, F("1e39"), CB_FLOAT32, 8, &r));
    CHECK(cv_representable(A, F("1e39"), CB_FLOAT64, 8, &r));
    CHECK(!cv_representable(A, F("1e309"), CB_FLOAT64, 8, &r));
    CHECK(cv_representable(A, F("1e-400"), CB_FLOAT64, 8, &r)); /* underflows to 0 */
    STR(r, "0");
    ConstVal c = cv_binary(A, F("0.1"), CV_ADD, lit("2i", CV_LIT_IMAG));
    CHECK(cv_representable(A, c, CB_COMPLEX64, 8, &r));
    EXACT(r, "(13421773/134217728 + 2i)");
    CHECK(!cv_representable(A, c, CB_FLOAT64, 8, &r));
    CHECK(cv_representable(A, cv_unknown(), CB_INT8, 8, &r));
}

static void test_strings(void) {
    STR(lit("\"a\\tb\"", CV_LIT_STRING), "\"a\\tb\"");
    ConstVal s = lit("\"\\xff\"", CV_LIT_STRING);
    CHECK(s.i == 1 && ((const unsigned char *)s.p)[0] == 0xff);
    STR(s, "\"\\xff\"");
    ConstVal bad = lit("\"\xff\"", CV_LIT_STRING); /* raw bad byte becomes U+FFFD */
    CHECK(bad.i == 3);
    STR(bad, "\"\xef\xbf\xbd\"");
    ConstVal raw = lit("`a\r\nb`", CV_LIT_STRING);
    CHECK(raw.i == 3);
    STR(lit("\"\\u00ad\\u2028\\U0001F600\"", CV_LIT_STRING), "\"\\u00ad\\u2028\xf0\x9f\x98\x80\"");
    CHECK(cv_is_unknown(lit("\"\\'\"", CV_LIT_STRING)));
    CHECK(cv_is_unknown(lit("\"\\uD800\"", CV_LIT_STRING)));
    CHECK(cv_is_unknown(lit("\"\\400\"", CV_LIT_STRING)));
    char buf[100];
    memset(buf, 'x', sizeof buf);
    buf[0] = buf[80] = '"';
    ConstVal longs = cv_from_literal(A, buf, 81, CV_LIT_STRING);
    const char *p = cv_string_of(A, longs);
    CHECK(strlen(p) == 72 && strcmp(p + 69, "...") == 0);
    STR(lit("'\\n'", CV_LIT_CHAR), "10");
    STR(cv_string_from_int(A, cv_int64(0x20ac)), "\"\xe2\x82\xac\"");
    STR(cv_string_from_int(A, cv_int64(0xD800)), "\"\xef\xbf\xbd\"");
    STR(cv_string_from_int(A, cv_int64(-1)), "\"\xef\xbf\xbd\"");
    STR(cv_string_from_int(A, I("0x110000")), "\"\xef\xbf\xbd\"");
    STR(lit("'\\U0001F600'", CV_LIT_CHAR), "128512");
    STR(lit("'\xff'", CV_LIT_CHAR), "65533");
    CHECK(cv_is_unknown(lit("''", CV_LIT_CHAR)));
    CHECK(cv_compare(lit("\"ab\"", CV_LIT_STRING), CV_LSS, lit("\"b\"", CV_LIT_STRING)));
    STR(cv_binary(A, lit("\"ab\"", CV_LIT_STRING), CV_ADD, lit("`c`", CV_LIT_STRING)), "\"abc\"");
}

/* test_ropes: a long chain of + stays linear and reads back right. */
static void test_ropes(void) {
    ConstVal s = lit("\"\"", CV_LIT_STRING);
    char piece[8];
    for (int i = 0; i < 20000; i++) {
        int n = snprintf(piece, sizeof piece, "\"%d\"", i % 10);
        ConstVal p = cv_from_literal(A, piece, (size_t)n, CV_LIT_STRING);
        s = (i % 3 == 2) ? cv_binary(A, p, CV_ADD, s) : cv_binary(A, s, CV_ADD, p);
    }
    CHECK(cv_string_len(s) == 20000);
    size_t len;
    const char *b = cv_string_val(A, s, &len);
    CHECK(len == 20000 && b[len - 1] == '9');
    int digits = 0;
    for (size_t i = 0; i < len; i++) digits += b[i] - '0';
    CHECK(digits == 2000 * 45);
    CHECK(cv_compare(s, CV_EQL, cv_string(A, b, len)));
    CHECK(strlen(cv_string_of(A, s)) == 72);
}

static void test_complex(void) {
    ConstVal i = lit("1i", CV_LIT_IMAG);
    ConstVal z = cv_binary(A, i, CV_MUL, i);
    STR(z, "(-1 + 0i)");
    CHECK(cv_to_float(A, z).kind == CV_FLOAT);
    STR(cv_to_int(A, z), "-1");
    ConstVal q = cv_binary(A, cv_int64(1), CV_QUO, cv_binary(A, cv_int64(1), CV_ADD, i));
    STR(q, "(0.5 + -0.5i)");
    CHECK(cv_compare(z, CV_EQL, cv_int64(-1)));
    CHECK(cv_sign(cv_make_imag(A, cv_int64(0))) == 0);
}

int main(void) {
    A = arena_new();
    test_ints();
    test_floats();
    test_representable();
    test_strings();
    test_complex();
    test_ropes();
    arena_free(A);
    if (failures) fprintf(stderr, "constant_test: %d failures\n", failures);
    return failures != 0;
}
