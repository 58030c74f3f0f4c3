// Shaped bodies: derived calls make only shaped instantiations (G[go.shape.[]go.shape.int]),
// non-derived ones wrapper and shaped; dictionaries read the real instance types
// of the body (List[int] methods).
// 
package p

var sink any

type List[T any] struct{ next *List[T]; v T }

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }
func (l *List[T]) Len() int { n := 0; for ; l != nil; l = l.next { n++ }; return n }

type Box[T any] struct{ v T }
func (b Box[T]) Get() T { return b.v }

func G[T any](x T) { sink = &x }
func H[T any](x T) { sink = &x }

func F[T any](x T) {
	G(x)
	G([]T{x})
	H(1)
	var l *List[T]
	sink = l
	sink = Box[T]{x}
	func() { sink = &x }()
}

func use() { F(1) }
