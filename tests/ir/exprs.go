// Expression forms and how gc prints them (tests/check-ir input).

package p

import (
	"errors"
	"fmt"
	"strings"
)

var sink any

type E int

type T struct {
	a, b int
	p    *int
	s    []int
	m    map[string]*T
}

type U struct {
	T
	*V
	name string
}

type V struct{ w *int }

func (t T) Val() int     { return t.a }
func (t *T) Ptr() *int   { return t.p }
func (v *V) W() *int     { return v.w }
func (u U) Name() string { return u.name }

type I interface{ Val() int }

func conversions(n int, f float64, b []byte, r []rune, s string, x any) {
	sink = E(n)
	sink = E(3)
	sink = float32(f)
	sink = string(b)
	sink = string(r)
	sink = []byte(s)
	sink = []rune(s)
	sink = []rune("hé")
	sink = string(rune(n))
	sink = any(n)
	sink = (interface{})(n)
	sink = interface{ Val() int }(T{})
	sink = I(T{})
	sink = x.(fmt.Stringer)
	sink = [2]int([]int{1, 2})
	sink = (*[2]int)([]int{1, 2})
	sink = 'x'
	sink = 1.5
	sink = 1 + 2i
	sink = "a" + s + "b" + s
	sink = s + (s + "c")
	sink = true
	sink = uint8(7)
}

func selectors(t T, pt *T, u U, pu *U) {
	sink = t.Val
	sink = pt.Val
	sink = pt.Ptr
	sink = u.Val
	sink = pu.W
	sink = pu.V.W
	sink = T.Val
	sink = (*T).Ptr
	sink = &pu.a
	sink = &pu.V.w
	sink = u.Name()
	sink = pu.Ptr()
	sink = t.m["k"]
	sink = &t.s[0]
}

func literals(n int, s string) {
	sink = &T{a: n}
	sink = T{1, 2, nil, nil, nil}
	sink = []int{n, n}
	sink = []*int{&n}
	sink = map[string]int{s: n}
	sink = [...]string{s, 5: s}
	sink = []T{{a: 1}, {b: 2}}
	sink = []*T{{a: 1}}
	sink = map[V]int{{}: 2}
	sink = struct{ A *int }{&n}
	sink = func() int { return n }
	sink = new(int)
	sink = new(T)
	sink = make([]int, n)
	sink = make([]int, 0, n)
	sink = make(map[string]int)
	sink = make(map[string]int, n)
	sink = make(chan int)
	sink = make(chan int, 4)
}

func calls(xs []int, s string, err error) {
	fmt.Println(xs, s, 1)
	fmt.Println()
	fmt.Println([]any{xs}...)
	_ = append(xs, 1, 2)
	_ = append(xs, xs...)
	_ = append([]byte(nil), s...)
	sink = fmt.Sprintf("%d", len(xs))
	sink = strings.Split(s, ",")
	sink = errors.New(s)
	sink = fmt.Errorf("x: %w", err)
	copy(xs, xs[1:])
	sink = min(1, len(xs))
	sink = max(1.0, 2)
	panic(s)
}

func variadic(a int, rest ...any) {}

func useVariadic(p *int) {
	variadic(1)
	variadic(1, 2, "x", p)
	variadic(1, []any{p}...)
}

func multi() (*int, error) { return nil, nil }

func takeTwo(p *int, e error) {}

func useMulti() {
	takeTwo(multi())
	p, err := multi()
	sink, err = multi()
	_, _ = p, err
}
