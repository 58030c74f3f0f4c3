// Package untyped: where untyped operands get their final types (shifts,
// comparisons, mixed constant kinds, conversions, map keys and indices,
// promoted fields in struct literals, type parameter operands). It must
// type-check without errors, and goesc's dump of it must equal go/types'.
package untyped

type T struct {
	a, b int
}

type E struct {
	T
	c int
}

type P struct{ *T }

var s uint = 3
var i int
var f float64
var f32 float32
var sl []int
var m map[float64]int
var iface any
var str string

const f32c float32 = 0.1

var (
	w0       = 1<<s == 1<<s
	w1       = f32c * 3
	w2       = [...]int{1, 2}
	w3       = m[1]
	w4       = sl[1.0]
	w5       = 1 == 1.0
	w6       = 'a' == 97
	w7       = any(1)
	w8       = string(rune(65))
	w9       = i + 1.0
	w10      = f > 1
	w11      = iface == nil
	w12      = E{a: 1, c: 2}
	w13      = []E{{a: 1}, {T: T{}}}
	w14      = float32(1) / 3
	w15      = 1<<s == 8
	w16      = uint8(1) << s
	w17      = int64(1 << s)
	w18      = any(1 << s)
	w19      = []float64{1 << 2, 3}
	w20      = [3]int{2: 1} == [3]int{}
	w21      = struct{}{} == struct{}{}
	w22      = 1<<s + 2
	w23      = (1 << s) + i
	w24      = f + 1<<2
	w25      = -(1 << s)
	w26      = ^(1 << s)
	w27      = m[1<<2]
	w28      = str + "x"
	w29      = "x" + str + "y"
	w30      = str < "a"
	w31      = 1.0 * i
	w32      = i == 1 && f == 2 || str == ""
	w33      = int32(1) + 'a'
	w34      = complex64(1) * 2i
	w35      = real(complex64(1))
	w36      = 2.5*4 == 10
	w37      = f32 == 0.1
	w38      = i > 1 == (f < 2)
	w39 any  = i > 1
	w40      = sl[s]
	w41      = sl[i:s]
	w42      = str[1.0:2]
	w43      = func() int { return 1 << s }()
	w44      = map[string]func() int{"a": func() int { return 1 }}
	w45      = &[]int{1}
	w46      = (*[2]int)(sl)
	w47      = [2]int(sl)
	w48      = P{&T{a: 1}}.a
	w49      = []any{nil, 1 << 3, 1 < 2}
	w50      = map[any]any{1: nil}
	w51      = [...]string{2: "a", "b"}
	w52 byte = 'a' + 1
	w53      = 1 << (s + 1.0)
	w55      = uint(1) << 63 >> 63
	w56      = 5.0 / 2
	w57      = 1e3 + 'x'
	w58 rune = 1e3
	w59      = 0.1+0.2 == 0.3
	w60      = float64(0.1) + 0.2
	w61      = 1 << 62 * 4 >> 3
)

func gen[T ~int | ~float64, S ~[]T](x T, s S) {
	_ = T(1)
	_ = T(1.0) + x
	_ = x + 1
	_ = s[0] * 2
	_ = float64(x)
	_ = []T{1, 2}
	_ = S{1}
	var z T = 0
	_ = z < x
	_ = any(x) == nil
}

func ch[C ~chan int | ~chan<- int](c C) {
	c <- 1
}

func rc[C ~chan int | ~<-chan int](c C) int {
	v, ok := <-c
	_ = ok
	return v + <-c
}

func ptr[P ~*T](p P) int { return (*p).a }
