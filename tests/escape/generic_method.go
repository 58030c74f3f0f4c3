// errorcheck -0 -m -l

// Rule: methods of a generic type instantiated with a pointer type.

package p

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }

func f() *int {
	x := 1 // ERROR "moved to heap: x$"
	var b Box[*int]
	b.Set(&x)
	return b.v
}
