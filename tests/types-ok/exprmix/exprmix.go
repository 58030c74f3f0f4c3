// Package exprmix: constants, untyped operands in shifts, conversions,
// composite literals with elided types, comma-ok forms and index/slice
// expressions on type parameters. It must type-check without errors, and
// goesc's dump of it must equal go/types'.
package exprmix

import (
	"math"
	"unsafe"
)

type T struct {
	a, b int
	S    string
	p    *T
}

type E struct {
	T
	m map[string]int
}

type B bool
type F float32
type Str string
type Bytes []byte

const (
	k0  = 1 << 100 >> 98
	k1  = 1e-400
	k2  = (1 + 2i) * (3 - 4i)
	k3  = math.MaxUint64
	k4  = uint8(200) + 50
	k6  = 'a' * 2.0
	k7  = 1 / 3.0
	k8  = 5 / 2
	k9  = -5 % 3
	k10 = math.Pi * 2
	k11 = float32(math.Pi)
	k12 = int64(-1) >> 1
	k13 = ^0
	k14 = uint16(^uint16(0) >> 4)
	k15 = 1.0 << 3
	k16 = string(rune(0x10FFFF + 1))
	k17 = Str("x") + "y"
	k18 = k2 == 11+2i
	k19 = !(1 < 2) || k18
	k20 = real(k2) + imag(k2)
	k21 = complex(1, 2.5)
	k22 = 'x' - 'a'
	k23 = 0x1p-2
	k24 = 1_000_000
	k25 = 0o17 | 0b101
)

const (
	i0 = iota * 10
	i1
	i2 = 1 << iota
	i3
)

var s uint = 3

var (
	v0          = 1 << s
	v1  int64   = 1 << s
	v2  int     = 1.0 << s
	v3  any     = 1 << 3
	v4  B       = 1 < 2
	v5          = v0 > 2
	v6  B       = v0 > 2
	v7  F       = 1.5
	v8          = v7 * 2
	v9          = "abc"[1]
	v10         = "abc"[1:]
	v11         = Str("abc")[1:2]
	v12         = []byte("abc")
	v13         = string(v12)
	v14         = Bytes("x")
	v15         = []rune("héllo")
	v16         = unsafe.Pointer(&v0)
	v17         = uintptr(v16)
	v18         = (*int)(v16)
	v19 uint8   = 255
	v20         = v19 + 1
	v21         = v19 << 1 >> s
	v22         = 1 << s << 2
	v23 float64 = 2 << 3
	v24         = -v23
	v25         = ^v19
	v26         = +v0
	v27         = !v4
	v28         = v0 &^ 3
	v29         = int32(1) << (s + 1)
)

var (
	l0  = []*T{{a: 1}, {S: "x"}, nil}
	l1  = map[T]int{{1, 2, "", nil}: 1, {a: 3}: 2}
	l2  = [...]int{5: 1, 2, 0: 7}
	l3  = [2][3]int{{1}, {2: 3}}
	l4  = E{T: T{a: 1}, m: map[string]int{"a": 1}}
	l5  = &E{m: nil}
	l6  = map[string][]int{"a": {1, 2}, "b": nil}
	l7  = []any{1, "a", 2.5, nil, 'c', 1 + 2i, true}
	l8  = map[any]int{1: 1, "a": 2, 1.5: 3}
	l9  = struct{ x, y int }{1, 2}
	l10 = [][]string{{"a"}, {}}
	l11 = map[[2]int]string{{1, 2}: "a"}
	l12 = []**T{}
	l13 = map[string]*T{"x": {a: 1}}
)

func f(x any, m map[string]int, c chan int, p *T) {
	if v, ok := x.(int); ok {
		_ = v + 1
	}
	_, ok := m["a"]
	_ = ok
	y, ok2 := <-c
	_, _ = y, ok2
	var z, zok = m["b"]
	_, _ = z, zok
	_ = p == nil
	_ = nil != p
	_ = x == nil
	_ = x == 1
	_ = x != "a"
	_ = p.a + (*p).b + p.p.p.a
	_ = &p.a
	_ = *&p
	_ = m["a"] + 1
	m["c"]++
	m["d"] += 2
	q := func(a, b int) int { return a*b + 1 }(1, 2)
	_ = q
	var fn func() = nil
	_ = fn == nil
	var arr [4]int
	_ = arr[1:3]
	_ = arr[:]
	_ = (&arr)[2]
	_ = arr[len(arr)-1]
	var sl = arr[1:2:3]
	_ = sl[0]
	_ = "abc"[s:]
}

func g[S ~[]E, E any](s S, i int) E { return s[i] }

func h[M ~map[K]V, K comparable, V any](m M, k K) V { return m[k] }

func j[T ~string | ~[]byte](t T) T { return t[1:] }

func k[P *T | *E](p P) {}

func n[T int | float64](x T) T {
	var y T = 1
	return x*y + 2
}

func o[T ~[4]int](t T) int { return t[3] }

var (
	gi0                      = g[[]int, int]
	gi1                      = g([]string{"a"}, 0)
	gi2                      = n(2.5)
	gi3                      = n[int]
	gi4 func([]int, int) int = g
)
