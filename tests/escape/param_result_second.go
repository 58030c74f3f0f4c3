// errorcheck -0 -m -l

// Rule: leaking to the second unnamed result is reported as ~r1.

package p

func f(p *int) (int, *int) { // ERROR "leaking param: p to result ~r1 level=0$"
	return 0, p
}
