// Command constcheck is the go/constant oracle for goesc's constant values
// (src/types/constant*.c).
//
//	constcheck -gen N     print a corpus: N random stack programs after the edge cases
//	constcheck FILE       evaluate each program of FILE with go/constant
//
// A program is one line of space-separated tokens run on a stack:
// literals (i: int, f: float, m: imaginary, c: char, s: string; the literal
// text in hex for c: and s:), made values (i64: u64: f64:hexbits), and
// operators (see apply). Each line prints the input, then the top of the
// stack: kind, String(), ExactString() and, by kind, accessors, exactness
// flags and representability in every basic type. tests/unit/constant_oracle.c
// prints the same lines from goesc's C implementation.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"os"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) == 3 && os.Args[1] == "-gen" {
		n, _ := strconv.Atoi(os.Args[2])
		gen(n)
		return
	}
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: constcheck -gen N | constcheck FILE")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		v, err := run(line)
		if err != nil {
			fmt.Fprintf(out, "%s => error %v\n", line, err)
			continue
		}
		fmt.Fprintf(out, "%s => %s\n", line, describe(v))
	}
	out.Flush()
}

var binops = map[string]token.Token{
	"+": token.ADD, "-": token.SUB, "*": token.MUL, "/": token.QUO, "//": token.QUO_ASSIGN,
	"%": token.REM, "&": token.AND, "|": token.OR, "^": token.XOR, "&^": token.AND_NOT,
	"&&": token.LAND, "||": token.LOR,
}

var cmpops = map[string]token.Token{
	"==": token.EQL, "!=": token.NEQ, "<": token.LSS, "<=": token.LEQ, ">": token.GTR, ">=": token.GEQ,
}

// run evaluates one program; a go/constant panic becomes an error.
func run(line string) (v constant.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic")
		}
	}()
	var st []constant.Value
	pop := func() constant.Value {
		if len(st) == 0 {
			panic("stack")
		}
		x := st[len(st)-1]
		st = st[:len(st)-1]
		return x
	}
	for _, t := range strings.Fields(line) {
		st = append(st, apply(t, pop))
	}
	if len(st) != 1 {
		panic("stack")
	}
	return st[0], nil
}

func unhex(s string) string {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func apply(t string, pop func() constant.Value) constant.Value {
	if k, lit, ok := strings.Cut(t, ":"); ok && k != "" {
		switch k {
		case "i":
			return constant.MakeFromLiteral(lit, token.INT, 0)
		case "f":
			return constant.MakeFromLiteral(lit, token.FLOAT, 0)
		case "m":
			return constant.MakeFromLiteral(lit, token.IMAG, 0)
		case "c":
			return constant.MakeFromLiteral(unhex(lit), token.CHAR, 0)
		case "s":
			return constant.MakeFromLiteral(unhex(lit), token.STRING, 0)
		case "i64":
			x, _ := strconv.ParseInt(lit, 10, 64)
			return constant.MakeInt64(x)
		case "u64":
			x, _ := strconv.ParseUint(lit, 10, 64)
			return constant.MakeUint64(x)
		case "f64":
			x, _ := strconv.ParseUint(lit, 16, 64)
			return constant.MakeFloat64(math.Float64frombits(x))
		}
	}
	if t == "true" || t == "false" {
		return constant.MakeBool(t == "true")
	}
	if op, ok := binops[t]; ok {
		y, x := pop(), pop()
		if (op == token.QUO || op == token.QUO_ASSIGN || op == token.REM) && constant.Sign(y) == 0 {
			panic("division by zero")
		}
		return constant.BinaryOp(x, op, y)
	}
	if op, ok := cmpops[t]; ok {
		y, x := pop(), pop()
		return constant.MakeBool(constant.Compare(x, op, y))
	}
	if strings.HasPrefix(t, "<<") || strings.HasPrefix(t, ">>") {
		s, _ := strconv.ParseUint(t[2:], 10, 32)
		op := token.SHL
		if t[0] == '>' {
			op = token.SHR
		}
		return constant.Shift(pop(), op, uint(s))
	}
	if strings.HasPrefix(t, "cpl") {
		p, _ := strconv.Atoi(t[3:])
		return constant.UnaryOp(token.XOR, pop(), uint(p))
	}
	x := pop()
	switch t {
	case "neg":
		return constant.UnaryOp(token.SUB, x, 0)
	case "pos":
		return constant.UnaryOp(token.ADD, x, 0)
	case "not":
		return constant.UnaryOp(token.NOT, x, 0)
	case "toint":
		return constant.ToInt(x)
	case "tofloat":
		return constant.ToFloat(x)
	case "tocomplex":
		return constant.ToComplex(x)
	case "real":
		return constant.Real(x)
	case "imag":
		return constant.Imag(x)
	case "num":
		return constant.Num(x)
	case "denom":
		return constant.Denom(x)
	case "mkimag":
		return constant.MakeImag(x)
	}
	panic("unknown token " + t)
}

// kinds for representability, with their bit sizes (int/uint/uintptr: 64).
var basics = []string{"int8", "int16", "int32", "int64", "int", "uint8", "uint16", "uint32", "uint64", "uint", "uintptr",
	"float32", "float64", "complex64", "complex128", "string", "bool"}

func describe(v constant.Value) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%v | %s | %s", v.Kind(), v.String(), v.ExactString())
	switch v.Kind() {
	case constant.Int:
		i, iok := constant.Int64Val(v)
		u, uok := constant.Uint64Val(v)
		fmt.Fprintf(&b, " | sign=%d bitlen=%d i64=%d/%v u64=%d/%v", constant.Sign(v), constant.BitLen(v), i, iok, u, uok)
		floats(&b, v)
	case constant.Float:
		fmt.Fprintf(&b, " | sign=%d num=%s denom=%s", constant.Sign(v), constant.Num(v).ExactString(), constant.Denom(v).ExactString())
		floats(&b, v)
	case constant.Complex:
		fmt.Fprintf(&b, " | sign=%d", constant.Sign(v)&1)
	case constant.String:
		fmt.Fprintf(&b, " | len=%d", constant.StringLen(v))
	}
	b.WriteString(" | rep=")
	var rounded []string
	for _, k := range basics {
		r := v
		ok := representable(v, k, &r)
		if ok {
			b.WriteByte('1')
			if strings.HasPrefix(k, "float") || strings.HasPrefix(k, "complex") {
				rounded = append(rounded, k+"="+r.ExactString())
			}
		} else {
			b.WriteByte('0')
		}
	}
	for _, r := range rounded {
		b.WriteString(" " + r)
	}
	return b.String()
}

func floats(b *strings.Builder, v constant.Value) {
	f, fok := constant.Float64Val(v)
	g, gok := constant.Float32Val(v)
	fmt.Fprintf(b, " f64=%016x/%v f32=%08x/%v", math.Float64bits(f), fok, math.Float32bits(g), gok)
}

// representable is go/types' representableConst for a 64-bit target.
func representable(x constant.Value, k string, rounded *constant.Value) bool {
	if x.Kind() == constant.Unknown {
		return true
	}
	switch {
	case strings.HasPrefix(k, "int") || strings.HasPrefix(k, "uint"):
		x := constant.ToInt(x)
		if x.Kind() != constant.Int {
			return false
		}
		*rounded = x
		size := 64
		if n := strings.TrimLeft(k, "uint"); n != "" && n != "ptr" {
			size, _ = strconv.Atoi(n)
		}
		if k[0] == 'u' {
			return constant.Sign(x) >= 0 && constant.BitLen(x) <= size
		}
		lo := constant.Shift(constant.MakeInt64(-1), token.SHL, uint(size-1))
		hi := constant.BinaryOp(constant.UnaryOp(token.SUB, lo, 0), token.SUB, constant.MakeInt64(1))
		return constant.Compare(lo, token.LEQ, x) && constant.Compare(x, token.LEQ, hi)
	case strings.HasPrefix(k, "float"):
		x := constant.ToFloat(x)
		if x.Kind() != constant.Float {
			return false
		}
		r := round(x, k == "float32")
		if r == nil {
			return false
		}
		*rounded = r
		return true
	case strings.HasPrefix(k, "complex"):
		x := constant.ToComplex(x)
		if x.Kind() != constant.Complex {
			return false
		}
		re := round(constant.Real(x), k == "complex64")
		im := round(constant.Imag(x), k == "complex64")
		if re == nil || im == nil {
			return false
		}
		*rounded = constant.BinaryOp(re, token.ADD, constant.MakeImag(im))
		return true
	case k == "string":
		return x.Kind() == constant.String
	case k == "bool":
		return x.Kind() == constant.Bool
	}
	return false
}

func round(x constant.Value, f32 bool) constant.Value {
	var f float64
	if f32 {
		g, _ := constant.Float32Val(x)
		f = float64(g)
	} else {
		f, _ = constant.Float64Val(x)
	}
	if math.IsInf(f, 0) {
		return nil
	}
	return constant.MakeFloat64(f)
}
