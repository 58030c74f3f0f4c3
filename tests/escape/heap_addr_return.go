// errorcheck -0 -m -l

// Rule: a local whose address is returned is moved to heap.

package p

func f() *int {
	x := 1 // ERROR "moved to heap: x$"
	return &x
}
