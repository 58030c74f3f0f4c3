// errorcheck -0 -m -l

// Rule: a named result whose address escapes is moved to heap.

package p

var g *int

func f() (r int) { // ERROR "moved to heap: r$"
	g = &r
	return 1
}
