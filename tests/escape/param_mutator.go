// errorcheck -0 -m -l

// Rule: writing through a pointer param (not storing it) does not make it escape.

package p

func f(p *int, s []int) { // ERROR "p does not escape$" "s does not escape$"
	*p = 1
	s[0] = 2
}
