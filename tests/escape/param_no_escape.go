// errorcheck -0 -m -l

// Rule: a pointer parameter only read from does not escape.

package p

func f(p *int) int { // ERROR "p does not escape$"
	return *p + 1
}
