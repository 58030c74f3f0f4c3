// errorcheck -0 -m -l

// Rule: a pointer parameter returned as is leaks to result ~r0 level=0.

package p

func f(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}
