// errorcheck -0 -m -l

// Rule: &T{...} returned escapes to heap.

package p

type T struct{ a, b int }

func f() *T {
	return &T{1, 2} // ERROR "&T\{\.\.\.\} escapes to heap$"
}
