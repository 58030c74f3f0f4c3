package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"strings"
)

// Edge-case literals: boundaries of int64/uint64, float32/float64 ranges,
// denormals and their rounding ties, huge and tiny exponents (fractions vs
// 512-bit floats), separators and every base.
var intLits = []string{"0", "1", "7", "255", "256", "0x7fffffffffffffff", "9223372036854775807",
	"9223372036854775808", "0xffffffffffffffff", "18446744073709551616", "0b1010_1010", "0o777", "0777",
	"0O17", "0B1", "0X_ff", "1_000_000", "0_7", "00", "08", "1__2", "_1", "1_", "0x", "0b2",
	"1267650600228229401496703205376", "340282366920938463463374607431768211455",
	"13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084096",
	"2147483647", "2147483648", "4294967295", "4294967296", "65535", "32768", "128", "127"}

var floatLits = []string{"0.0", "0.", ".5", "1.5", "0.1", "0.2", "0.3", "1e1000", "1e-1000", "1e2000", "1e-2000",
	"1e100000", "1e-100000", "6e-1886451601", "1e1886451601", "1e99999999999999999999", "0e5000000000",
	"0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x1.0000000000001p-1075", "0x1p-149", "0x1p-150", "0x1.8p-150",
	"0x1.fffffep127", "0x1.ffffffp127", "0x1.fffffefp127", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023",
	"0x1.fffffffffffff7ffp1023", "1.7976931348623157e308", "1.7976931348623159e308", "3.4028235e38",
	"3.4028236e38", "3.40282356779733661637539395458142568448e38", "4.9e-324", "5e-324", "2.4703282292062327e-324",
	"2.4703282292062328e-324", "1e-45", "1.401298464324817e-45", "7.006492321624085e-46", "0.5", "1.0000001",
	"100000.5", "1234567.5", "999999.5", "0.000001", "0.0000012345678", "1e21", "1e20", "123456.7",
	"123456789012345678901234567890.0", "0x1p4095", "0x1p4096", "0x1p-4095", "0x1p-4096", "0x1p-4097",
	"1.5e-323", "2.2250738585072014e-308", "2.2250738585072011e-308", "1_000.000_1", "0x_1p-2", "0x1.8p1",
	"0X1P+2", "0x.8p0", "0x1p", "1e", "1e+", "0123.5", "0123e2", "1E6", "1e+06", "9007199254740993",
	"9007199254740993.0", "16777217.0", "0.1e-1200", "1e-1300", "1e1230", "1e1234", "1e-1234",
	"0x1.23456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefp0",
	"1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
	"3.14159265358979323846264338327950288419716939937510582097494459", "2.71828182845904523536028747135266249775724709369995957496696763",
	"1234565.0", "1234575.0", "1234585.0", "12345650.0", "0.12345650000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
	"100000.25", "999999.9999", "999999.49", "9999995.0", "99999950.0", "0.00001", "0.0001", "0.00012345", "123456.0000001",
	"9.999995e3000", "9.9999950000001e3000", "9.99999499999e3000", "9.999995e-3000", "9.9999949e-3000", "1.0000005e5000",
	"9.9999995e-5000", "1e-5", "1e-7", "3e-5", "1.5e-7", "123456.5e-20", "1e-1500", "9.5e-4000", "5e-4933", "1.18973149535723176502e4932",
	"1e-323", "1e-400", "1e309", "1e-5000", "1e5000", "4e-1240", "0o17.4p1", "0b101.1p0"}

var imagLits = []string{"1i", "0i", "2.5i", "0x1p-2i", "0123i", "1e1000i", "1e5000i", "0b101i", "0o17i", "0x10p0i", "1_0i", "i", "1e99999999999999999999i"}

var charLits = []string{`'a'`, `'\n'`, `'\x80'`, `'\377'`, `'\400'`, `'\u00e9'`, `'\U0001F600'`, "'é'", `'\''`, `'"'`,
	`'\"'`, `'\uD800'`, "'\xff'", `''`, `'ab'`, `'\'`, `'\U00110000'`, `'\a'`, `'\b'`, `'\f'`, `'\r'`, `'\t'`, `'\v'`,
	`'\\'`, `'\0'`, `'\000'`, `'\x0'`, `'\q'`, "'\x00'", "'\u2028'", "'\xe2\x82'", `'\u12'`}

var stringLits = []string{`""`, `"abc"`, `"a\tb\nc"`, `"\x80\xff"`, "\"\x80\xff\"", "\"\xe2\x82\xac\"", `"\u20ac"`, `"\U0001F600"`,
	`"\377\000"`, `"\400"`, `"\'"`, `"\""`, `"\\"`, "`raw\\n`", "`a\rb\r\n`", "``", "`a`b`", `"a`, `"a"b"`, "\"a\nb\"",
	`"\a\b\f\n\r\t\v"`, `"\x7f\x01\x1b"`, `"\u00ad\u200b\u2028\ufeff\ufffd"`, "\"\u00ad\u200b\ufeff\"", `"\U000e0001\U0010ffff"`,
	`"\uD800"`, `"\ud7ff\ue000"`, "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "\"\xc0\xaf\"", "\"\xf0\x9f\x98\"",
	`"` + strings.Repeat("x", 70) + `"`, `"` + strings.Repeat("x", 71) + `"`, `"` + strings.Repeat("é", 80) + `"`,
	`"` + strings.Repeat(`\x00`, 30) + `"`, `"` + strings.Repeat("ab\\u00e9", 40) + `"`, "\"tab\there\"", "\" \u00a0\u3000\"",
	`"\u0300\u0378\u05c8\U0001f8ff"`, "\"\\\xff\"", `"\z"`, `"\x4"`, `"\U00110000"`}

// atoms are operand tokens: the edge cases plus made values.
func atoms() []string {
	var a []string
	for _, s := range intLits {
		a = append(a, "i:"+s)
	}
	for _, s := range floatLits {
		a = append(a, "f:"+s)
	}
	for _, s := range imagLits {
		a = append(a, "m:"+s)
	}
	for _, s := range charLits {
		a = append(a, "c:"+hex.EncodeToString([]byte(s)))
	}
	for _, s := range stringLits {
		a = append(a, "s:"+hex.EncodeToString([]byte(s)))
	}
	for _, x := range []int64{0, 1, -1, math.MaxInt64, math.MinInt64, math.MinInt64 + 1, math.MaxInt32, math.MinInt32, 1 << 53, 1<<53 + 1, -(1 << 62)} {
		a = append(a, fmt.Sprintf("i64:%d", x))
	}
	for _, x := range []uint64{0, 1 << 63, math.MaxUint64, 1<<64 - 1<<11, 1<<63 + 1} {
		a = append(a, fmt.Sprintf("u64:%d", x))
	}
	for _, x := range []float64{0, math.Copysign(0, -1), 1, -1.5, 0.1, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.MaxFloat32, math.SmallestNonzeroFloat32, 1e300, 1e-300, 1 << 62, math.Inf(1), math.NaN(), 2.2250738585072014e-308} {
		a = append(a, fmt.Sprintf("f64:%x", math.Float64bits(x)))
	}
	a = append(a, "true", "false")
	return a
}

var unops = []string{"neg", "pos", "not", "toint", "tofloat", "tocomplex", "real", "imag", "num", "denom", "mkimag",
	"cpl0", "cpl8", "cpl16", "cpl32", "cpl64", "cpl100"}
var bops = []string{"+", "-", "*", "/", "//", "%", "&", "|", "^", "&^", "&&", "||", "==", "!=", "<", "<=", ">", ">="}
var shifts = []uint{0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 100, 511, 512, 1000, 1074}

// randLit makes a random numeric literal near interesting boundaries.
func randLit(r *rand.Rand) string {
	digits := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteByte(byte('0' + r.Intn(10)))
		}
		return b.String()
	}
	switch r.Intn(17) {
	case 15:
		return []string{"i:", "f:", "m:"}[r.Intn(3)] + garbage(r, "0123456789abcdefxXoObBpPeE._+-i")
	case 16:
		q := []string{"'", "\"", "`"}[r.Intn(3)]
		return []string{"c:", "s:"}[r.Intn(2)] + hex.EncodeToString([]byte(q+garbage(r, "abc\\\"'`xuU0123456789\n\r\xff\xe2\x82")+q))
	case 11:
		return "s:" + hex.EncodeToString([]byte(randString(r)))
	case 12:
		return fmt.Sprintf("f:%d.%se%d", 1+r.Intn(9), digits(r.Intn(7)), r.Intn(12000)-6000)
	case 13:
		return fmt.Sprintf("f:0x1.%06xp%d", r.Intn(1<<24), []int{-150, -149, -148, -127, -126, 126, 127, 128}[r.Intn(8)])
	case 14:
		return fmt.Sprintf("f:%s.%se-%d", digits(1+r.Intn(3)), digits(1+r.Intn(4)), r.Intn(12))
	case 9:
		return fmt.Sprintf("f:%d%s5.0", 1+r.Intn(9), digits(5+r.Intn(3)))
	case 10:
		return fmt.Sprintf("f:%d.%d", 100000+r.Intn(900000), 1+r.Intn(99))
	case 0:
		return "i:" + strings.TrimLeft(digits(1+r.Intn(40)), "0") + "1"
	case 1:
		return fmt.Sprintf("i:0x%x", r.Uint64())
	case 2:
		return fmt.Sprintf("f:%s.%se%d", digits(1+r.Intn(20)), digits(r.Intn(20)), r.Intn(800)-400)
	case 3:
		return fmt.Sprintf("f:%s.%se%d", digits(1+r.Intn(30)), digits(r.Intn(30)), r.Intn(10000)-5000)
	case 4:
		exps := []int{-1080, -1022, -155, -126, 120, 1015, -4100, 4090}
		e := exps[r.Intn(len(exps))] + r.Intn(16)
		return fmt.Sprintf("f:0x1.%013xp%d", r.Uint64()&(1<<52-1), e)
	case 5:
		return fmt.Sprintf("f:0x%x.%xp%d", r.Uint32(), r.Uint64(), r.Intn(300)-150)
	case 6:
		f := math.Float64frombits(r.Uint64())
		return fmt.Sprintf("f64:%x", math.Float64bits(f))
	case 7:
		x := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(r.Intn(700))))
		return "i:" + x.String()
	default:
		return fmt.Sprintf("f:%d.%se%d", r.Intn(1000), digits(r.Intn(8)), r.Intn(40)-20)
	}
}

// randProg builds a random program of the given depth.
func randProg(r *rand.Rand, as []string, depth int) string {
	if depth == 0 || r.Intn(3) == 0 {
		if r.Intn(2) == 0 {
			return as[r.Intn(len(as))]
		}
		return randLit(r)
	}
	switch r.Intn(6) {
	case 0:
		return randProg(r, as, depth-1) + " " + unops[r.Intn(len(unops))]
	case 1:
		op := "<<"
		if r.Intn(2) == 0 {
			op = ">>"
		}
		return fmt.Sprintf("%s %s%d", randProg(r, as, depth-1), op, shifts[r.Intn(len(shifts))])
	default:
		return randProg(r, as, depth-1) + " " + randProg(r, as, depth-1) + " " + bops[r.Intn(len(bops))]
	}
}

// gen prints the corpus: each atom alone and with each unary operator,
// then n random programs that go/constant evaluates without panicking.
func gen(n int) {
	as := atoms()
	var out []string
	for _, a := range as {
		out = append(out, a)
		for _, u := range unops {
			out = append(out, a+" "+u)
		}
	}
	r := rand.New(rand.NewSource(20261122))
	seen := map[string]bool{}
	for _, p := range out {
		seen[p] = true
	}
	for len(out) < n+len(as)*(1+len(unops)) {
		p := randProg(r, as, 1+r.Intn(4))
		if r.Intn(4) == 0 {
			p = floatChain(r)
		}
		if seen[p] {
			continue
		}
		seen[p] = true
		v, err := run(p)
		if err != nil || (v.Kind() == 4 && len(v.ExactString()) > 20000) {
			continue
		}
		out = append(out, p)
	}
	for _, p := range out {
		if _, err := run(p); err == nil {
			fmt.Println(p)
		}
	}
}

// floatChain mixes huge or tiny floats (beyond fractions) with ordinary
// operands, so results are rounded 512-bit floats, then converts them.
func floatChain(r *rand.Rand) string {
	big := []string{"f:1e2000", "f:1e-2000", "f:4e-1240", "f:1e1300", "f:3.3e-1300", "f:0x1p4100", "f:0x1.8p-4200",
		"i:1 <<4200", "f:1e5000", "f:7e-5000"}
	small := []string{"i:3", "i:7", "i:10", "f:1.1", "f:0.7", "i:1 <<600", "f:1e1300 i:3 /", "f:0.1", "f:1e1000", "f:1e-1000", "f:2.5", "i:1", "i:-1 i:1 *", "f:1e300", "f:1e-300", "m:1i", "f:1e-1200"}
	p := big[r.Intn(len(big))]
	for i := r.Intn(4); i >= 0; i-- {
		p += " " + small[r.Intn(len(small))] + " " + []string{"+", "-", "*", "/"}[r.Intn(4)]
	}
	tails := []string{"", " toint", " num", " denom", " tofloat", " neg", " f:1e2000 /", " f:1e-2000 *", " f:1e1000 /", " f:1e-1000 *", " real", " imag"}
	return p + tails[r.Intn(len(tails))]
}

// randString makes a string literal of random runes, escapes and bytes.
func randString(r *rand.Rand) string {
	var b strings.Builder
	raw := r.Intn(6) == 0
	if raw {
		b.WriteByte('`')
	} else {
		b.WriteByte('"')
	}
	for i := r.Intn(90); i > 0; i-- {
		switch k := r.Intn(10); {
		case raw && k < 5:
			c := byte(r.Intn(256))
			if c == '`' {
				c = '\r'
			}
			b.WriteByte(c)
		case raw:
			b.WriteRune(rune(r.Intn(0x30000)))
		case k == 0:
			fmt.Fprintf(&b, "\\x%02x", r.Intn(256))
		case k == 1:
			fmt.Fprintf(&b, "\\%03o", r.Intn(256))
		case k == 2:
			c := rune(r.Intn(0x110000))
			if c >= 0xd800 && c < 0xe000 {
				c = 0xfffd
			}
			fmt.Fprintf(&b, "\\U%08x", c)
		case k == 3:
			fmt.Fprintf(&b, "\\u%04x", 0xe000+r.Intn(0x2000))
		case k == 4:
			b.WriteString([]string{"\\a", "\\b", "\\f", "\\n", "\\r", "\\t", "\\v", "\\\\", "\\\""}[r.Intn(9)])
		case k == 5:
			b.WriteByte(byte(0x80 + r.Intn(128)))
		case k == 6:
			b.WriteRune(rune(r.Intn(0x3000)))
		default:
			c := byte(0x20 + r.Intn(95))
			if c == '"' || c == '\\' {
				c = 'q'
			}
			b.WriteByte(c)
		}
	}
	if raw {
		b.WriteByte('`')
	} else {
		b.WriteByte('"')
	}
	return b.String()
}

// garbage makes a short random string over the given characters: literal
// syntax that is mostly invalid, to compare how errors are detected.
func garbage(r *rand.Rand, chars string) string {
	b := make([]byte, 1+r.Intn(8))
	for i := range b {
		b[i] = chars[r.Intn(len(chars))]
	}
	return string(b)
}
