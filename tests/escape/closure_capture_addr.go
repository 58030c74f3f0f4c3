// errorcheck -0 -m -l

// Rule: a variable whose address is taken inside an escaping closure is captured by reference and moved to heap.

package p

var g func() *int

func f() {
	x := 5                        // ERROR "moved to heap: x$"
	g = func() *int { return &x } // ERROR "func literal escapes to heap$"
}
