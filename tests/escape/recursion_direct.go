// errorcheck -0 -m -l

// Rule: a self-recursive function is analysed in its own batch: the param flows through the recursive call.

package p

func last(p *int, n int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	if n == 0 {
		return p
	}
	return last(p, n-1)
}
