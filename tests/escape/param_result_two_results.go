// errorcheck -0 -m -l

// Rule: one param flowing to two results gets one leaking-param line per result.

package p

func f(p *int) (*int, *int) { // ERROR "leaking param: p to result ~r0 level=0$" "leaking param: p to result ~r1 level=0$"
	return p, p
}
