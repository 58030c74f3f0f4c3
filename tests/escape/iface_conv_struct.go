// errorcheck -0 -m -l

// Rule: a struct value converted to an escaping interface is copied to the heap.

package p

type T struct{ a, b int }

var sink any

func f(t T) {
	sink = t // ERROR "t escapes to heap$"
}
