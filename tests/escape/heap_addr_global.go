// errorcheck -0 -m -l

// Rule: a local whose address is stored in a global is moved to heap.

package p

var g *int

func f() {
	x := 2 // ERROR "moved to heap: x$"
	g = &x
}
