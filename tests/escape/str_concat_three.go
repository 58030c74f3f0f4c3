// errorcheck -0 -m -l

// Rule: a + b + c is one concatenation node printed as a sum of all operands.

package p

func f(a, b, c string) int { // ERROR "a does not escape$" "b does not escape$" "c does not escape$"
	s := a + b + c // ERROR "a \+ b \+ c does not escape$"
	return len(s)
}
