// Generic declarations and the [P *T] / [N]T ambiguities.
package generics

type (
	A1 [N]int
	A2[P *C] int
	A3[P *C,] int
	A4[P *struct{}] int
	A5[P (C)] int
	A6[P ~int | ~string] []P
	A7[K comparable, V any] map[K]V
	A8 = A7[string, int]
	A9[T any] = []T
	A10 [N * M]int
	A11[P interface{ ~int }] struct{ f P }
)

type Number interface {
	~int | ~int64 | float64
	String() string
}

type List[T any] struct {
	next  *List[T]
	value T
	A7[int, T]
	*A9[T]
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, value: v} }

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	r := make([]R, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

var (
	m  = Map[[]int, int, string]
	f  = Sum[int]
	x  = a[b, c]
	y  = a[b]
	z  = a[:]
	w  = a[1:2:3]
	ch = make(chan<- chan int)
	rc <-chan <-chan int
)

func Sum[T Number](xs ...T) (s T) {
	for i := range len(xs) {
		s += xs[i]
	}
	return
}
