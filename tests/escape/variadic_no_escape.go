// errorcheck -0 -m -l

// Rule: the implicit slice of a variadic call is "... argument"; it does not escape when the callee keeps nothing.

package p

func sum(xs ...int) int { // ERROR "xs does not escape$"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func f() int {
	return sum(1, 2, 3) // ERROR "\.\.\. argument does not escape$"
}
