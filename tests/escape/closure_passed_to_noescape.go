// errorcheck -0 -m -l

// Rule: a func literal passed to a function whose param does not escape does not escape.

package p

func apply(fn func(int) int, x int) int { return fn(x) } // ERROR "fn does not escape$"

func f(k int) int {
	return apply(func(v int) int { return v + k }, 3) // ERROR "func literal does not escape$"
}
