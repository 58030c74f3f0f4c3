// errorcheck -0 -m -l

// Rule: a func literal stored in a global escapes; captured-by-value vars are not moved.

package p

var g func() int

func f(x int) {
	g = func() int { return x } // ERROR "func literal escapes to heap$"
}
