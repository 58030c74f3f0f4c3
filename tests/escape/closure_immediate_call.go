// errorcheck -0 -m -l

// Rule: an immediately called func literal does not escape.

package p

func f(x int) int {
	return func() int { return x * 2 }() // ERROR "func literal does not escape$"
}
