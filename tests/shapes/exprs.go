// Printing inside shaped bodies: conversions to type parameters, calls
// through dictionaries, new(T), type assertions to type parameters.
// 
package p

type Sizer interface{ Size() int }

type S[T any] struct{ v T }

type B struct{ n int }

func (b *B) Size() int { return b.n }

var sink any

func F[T any, P interface {
	*T
	Sizer
}](x T, p P, i any, y int) []byte {
	sink = any(x)
	sink = T(x)
	sink = new(T)
	sink = &S[T]{x}
	sink = []T{x}
	q := i.(P)
	sink = q
	if v, ok := i.(T); ok {
		sink = v
	}
	f := func() { sink = &y }
	f()
	sink = p.Size
	return make([]byte, p.Size())
}

func G[H Sizer](h H) []byte { return make([]byte, h.Size()) }

func use() {
	var b B
	F[B](b, &b, nil, 1)
	G(&b)
}
