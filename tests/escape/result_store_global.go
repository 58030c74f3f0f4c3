// errorcheck -0 -m -l

// Rule: storing a function's result in a global makes what the result points to escape at the allocation in the callee.

package p

var g *int

func mk() *int {
	x := 1 // ERROR "moved to heap: x$"
	return &x
}

func f() {
	g = mk()
}
