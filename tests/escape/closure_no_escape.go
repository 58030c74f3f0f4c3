// errorcheck -0 -m -l

// Rule: a func literal called directly in the function does not escape.

package p

func f(x int) int {
	g := func(y int) int { return x + y } // ERROR "func literal does not escape$"
	return g(1)
}
