// Package expr exercises expressions, conversions, assignments, index and
// slice expressions and literals: it must type-check without errors, and
// goesc's dump of it must equal go/types'.
package expr

import (
	"errors"
	"fmt"
	"unsafe"
)

type T struct {
	a, b int
	S    string
	p    *T
}

type E struct{ T }

type MyInt int

type Stringer interface{ String() string }

func (m MyInt) String() string { return fmt.Sprint(int(m)) }

const (
	c0         = 1 << 10
	c1         = c0 * 3.0
	c2  string = "x" + "y"
	c3         = 'a' + 1
	c4         = 1.5 + 2i
	c5         = len("hello")
	c6         = ^uint8(1)
	c7         = -c0 / 3
	c8         = 7 % 3
	c9         = 1 &^ 3
	c10        = c0 > 5 && !false
	c11        = 1e300 * 1e300 / 1e300
	c12        = float32(0.1)
	c13        = complex128(c4)
	c14        = string(rune(65))
	c15        = 7 / 2.0
	c16        = uint64(1<<63) >> 3
)

var (
	v0        = c0
	v1  int64 = c0 + 1
	v2        = 1.5
	v3        = 'x'
	v4        = 2i
	v5        = v1 << 2
	v6        = 1 << v1
	v7  int32 = 1 << v1
	v8        = uint8(3) + 4
	v9        = c1 == 3072
	v10       = &T{1, 2, "s", nil}
	v11       = []int{1, 2, 5: 3}
	v12       = [...]string{2: "a", "b"}
	v13       = map[string][]T{"k": {{a: 1}, {b: 2}}}
	v14       = []*T{{a: 1}, nil}
	v15       = map[T]int{{a: 1}: 1}
	v16       = [2][2]int{{1, 2}, {3}}
	v17 any   = 1
	v18 any   = nil
	v19       = v17 == 1
	v20       = v10 == nil
	v21       = float64(v1) / 2
	v22       = unsafe.Sizeof(v1)
	v23       = E{T{a: 1}}
	v24       = E{}.a
)

func f() (int, error) { return 0, nil }

func g(xs ...int) int { return len(xs) }

func exprs(x int, s string, b []byte, m map[string]int, ch chan int, i any, p *T, arr [4]int, pa *[4]int) {
	_ = -x + +x*^x
	_ = !(x < 3 || x >= 4)
	_ = s[1] + 'a'
	_ = s[1:] + s[:2] + s[1:2]
	_ = b[1:2:3]
	_ = arr[1:3]
	_ = pa[1:]
	_ = pa[2]
	_ = arr[len(arr)-1]
	v, ok := m["k"]
	_, _ = v, ok
	w, ok2 := <-ch
	_, _ = w, ok2
	y, ok3 := i.(int)
	_, _ = y, ok3
	q, ok4 := i.(Stringer)
	_, _ = q, ok4
	_ = <-ch
	_ = *p
	_ = &p.a
	_ = p.p.p.S
	_ = x << 3 >> 1
	var _ int = 1.0<<x + 1
	var u uint = 1 << x
	_ = u
	var f32 float32 = 1 << 3
	_ = f32
	_ = x == 1.0
	_ = s == "a"
	_ = i == nil
	_ = i != s
	_ = b == nil
	_ = m != nil
	_ = []byte(s)
	_ = []rune(s)
	_ = string(b)
	_ = string(rune(x))
	_ = MyInt(x).String()
	_ = Stringer(MyInt(1))
	_ = (*int)(nil)
	_ = (func())(nil)
	_ = unsafe.Pointer(p)
	_ = uintptr(unsafe.Pointer(p))
	_ = [4]int(b2i(b))
	_ = (*[2]int)(b2i(b))
	_ = float32(x) * 2.5
	_ = complex(1, 2) * 3
	_ = real(c4) + imag(c4)
	_ = g() + g(1, 2) + g([]int{1}...)
	_ = func(a int) int { return a * x }(2)
	_ = struct{ a, b int }{1, 2}
	_ = errors.New("e") == nil
	var e error = nil
	_ = e
	var ip *int = nil
	_ = ip
	var z interface{ M() }
	_ = z
	n, err := f()
	_, _ = n, err
	n, err = f()
	n += 2
	n <<= 1
	n++
	x, s = 1, "a"
	_ = x&0xff | 1 ^ 2
	_ = 10 / 3 * 3.0
	const k = 5
	var r = [k]int{}
	_ = r[k-1]
	_ = len(r) + cap(b)
	_ = s[k:]
	_ = m
}

func b2i(b []byte) []int { return nil }

func generic[T ~int | ~int64, S ~[]T](s S, t T) T {
	_ = s[0] + t
	_ = t << 1
	_ = T(1) + 2
	_ = t == 0
	var z T
	_ = float64(z)
	_ = s[1:]
	return t * 2
}

var gi = generic([]int{1}, 2)
var gf = generic[MyInt, []MyInt]

func idx[M ~map[string]int](m M) int { return m["a"] }
