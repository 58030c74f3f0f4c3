// Target.Funcs order: bodies popped last-in first-out, wrapper after its
// shaped function, all methods of an instantiated type (shaped twins first).
// 
package p

var sink any

func Id[X any](x X) X { sink = &x; return x }

type List[T any] struct{ next *List[T]; v T }

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }
func (l *List[T]) Len() int { n := 0; for ; l != nil; l = l.next { n++ }; return n }
func (l List[T]) Val() T { return l.v }

func a() { Id(1) }

func b() {
	Id("s")
	var l *List[int]
	l.Push(1)
}

func c() { Id(1.5); Id(2) }
