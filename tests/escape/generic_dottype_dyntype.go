// errorcheck -0 -m -l

// Rule: in a shaped body, a type assertion to a derived type (or from a derived non-empty interface) is gc's dictionary-read ODYNAMICDOTTYPE and prints as "<node DYNAMICDOTTYPE>"; other assertions print as x.(T).

package p

var sink any

type I interface{ M() }

type J[T any] interface{ M() T }

type S struct{ a, b int }

func (S) M() {}

type U[T any] struct {
	v T
	w int
}

func (U[T]) M() T {
	var z T
	return z
}

func f[T any](x I, y J[T], e any) {
	sink = x.(S)      // ERROR "x.\(S\) escapes to heap$"
	sink = y.(U[T])   // ERROR "<node DYNAMICDOTTYPE> escapes to heap$"
	sink = e.(T)      // ERROR "<node DYNAMICDOTTYPE> escapes to heap$"
	sink = any(e.(T)) // ERROR "any\(<node DYNAMICDOTTYPE>\) escapes to heap$"
	sink = []T{e.(T)} // ERROR "\[\]go\.shape\.int{...} escapes to heap$"
	sink = e.(*int)
}

func use() { f[int](nil, nil, 1) } // ERROR "1 escapes to heap$"
