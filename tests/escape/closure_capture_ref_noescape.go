// errorcheck -0 -m -l

// Rule: capture by reference in a non-escaping closure leaves the variable on the stack.

package p

func f() int {
	x := 1
	inc := func() { x++ } // ERROR "func literal does not escape$"
	inc()
	inc()
	return x
}
