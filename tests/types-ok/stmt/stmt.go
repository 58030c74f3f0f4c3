// Package stmt holds calls, builtins and statements that must check
// cleanly and record exactly what go/types records (compare with
// `goesc check -dump` against tests/oracle/typesdump).
package stmt

import (
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"unsafe"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Named struct {
	*Point
	Name string
	tags []string
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s.items {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	r := make([]R, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Sum[T int | float64](xs ...T) (t T) {
	for _, x := range xs {
		t += x
	}
	return
}

func Ident[T any](x T) T { return x }

func pair() (int, error) { return 1, nil }
func variadic(prefix string, xs ...any) string {
	return prefix + fmt.Sprint(xs...)
}

const arr = len([4]int{})

var sizes = [...]uintptr{unsafe.Sizeof(Point{}), unsafe.Alignof(int64(0)), unsafe.Offsetof(Point{}.Y)}

func Calls() {
	p := Point{1, 2}
	q := p.Add(Point{3, 4})
	q.Scale(2)
	add := p.Add
	scale := (*Point).Scale
	addx := Point.Add
	scale(&q, 3)
	_ = add(addx(p, q))
	n := Named{Point: &p, Name: "n"}
	n.Scale(2)
	_ = n.X + n.Point.Y
	var s Stack[string]
	s.Push("a")
	v, ok := s.Pop()
	_, _ = v, ok
	for i, w := range s.All() {
		_, _ = i, w
	}
	strs := Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i) })
	_ = Map[[]int, int, float64]([]int{1}, func(i int) float64 { return float64(i) })
	_ = Sum(1, 2, 3)
	_ = Sum(1.5, 2)
	_ = Sum[float64]()
	var f func(int) int = Ident
	_ = f(Ident(3))
	_ = variadic("x", 1, "y", nil)
	_ = variadic("x", []any{1, 2}...)
	fmt.Println(pair())
	_ = strings.Join(strs, ",")
	_ = slices.Sorted(maps.Keys(map[string]int{"a": 1}))
	_ = errors.New("e")
}

func Builtins() {
	b := make([]byte, 0, 10)
	b = append(b, "abc"...)
	b = append(b, 'x', 'y')
	m := make(map[string][]int)
	m["a"] = append(m["a"], 1)
	delete(m, "a")
	clear(m)
	c := make(chan int, 1)
	c <- 1
	close(c)
	_ = copy(b, "xyz")
	_ = copy(b[1:], b)
	z := complex(1.5, 2)
	_ = real(z) + imag(z)
	const cz = complex(1, 2)
	const rz = real(cz)
	_ = min(1, 2.5, 3)
	_ = max("a", "b")
	x := 3
	_ = min(x, 1)
	_ = new(int)
	_ = new(x)
	_ = len("abc") + cap(b) + len(m) + len(c) + cap(c)
	var a [5]int
	pa := &a
	const la = len(a)
	_ = len(pa) + cap(pa)
	print(x, "s", 1.5)
	println()
	defer func() {
		if r := recover(); r != nil {
			panic(r)
		}
	}()
	p := unsafe.Pointer(&x)
	p = unsafe.Add(p, 1)
	_ = unsafe.Slice(&b[0], 2)
	_ = unsafe.SliceData(b)
	_ = unsafe.String(&b[0], 1)
	_ = unsafe.StringData("s")
	_ = sizes
}

func Generic[T ~[]E, E comparable](s T, e E) int {
	_ = len(s) + cap(s)
	s = append(s, e)
	clear(s)
	_ = unsafe.Sizeof(e)
	for i, v := range s {
		if v == e {
			return i
		}
	}
	return -1
}

func Statements(xs []int, ch chan string, i any) (res int, err error) {
	res++
	res += 2
	res <<= 1
	if n := len(xs); n > 0 {
		res = n
	} else if n == 0 {
		res = -1
	} else {
		return
	}
	switch {
	case res > 10:
		fallthrough
	case res > 5:
		res--
	default:
	}
	switch x := res; x {
	case 1, 2, 3:
	case 4:
		break
	}
	switch v := i.(type) {
	case nil:
	case int, int64:
		_ = v
	case error:
		err = v
	case fmt.Stringer:
		_ = v.String()
	}
	select {
	case s := <-ch:
		_ = s
	case s, ok := <-ch:
		_, _ = s, ok
	case ch <- "x":
	default:
	}
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue
		}
	}
	for range 3 {
	}
	for i := range 10 {
		_ = i
	}
	var k string
	var r rune
	for k, r = range map[string]rune{} {
	}
	_, _ = k, r
	for i, r := range "héllo" {
		_, _ = i, r
	}
	for s := range ch {
		_ = s
	}
	for x := range slices.Values(xs) {
		_ = x
	}
	var arr [3]string
	for i := range &arr {
		_ = i
	}
outer:
	for _, x := range xs {
		for y := range x {
			if y == 2 {
				continue outer
			}
			if y == 3 {
				break outer
			}
		}
	}
	goto done
done:
	go func() {}()
	defer fmt.Println("bye")
	{
		res := 0
		_ = res
	}
	return res, nil
}

func Terminating(x int) int {
	for {
		if x > 0 {
			return x
		}
	}
}

func Terminating2(x int) int {
	switch x {
	case 0:
		return 0
	default:
		panic("x")
	}
}

func Terminating3(c chan int) int {
	select {
	case v := <-c:
		return v
	}
}
