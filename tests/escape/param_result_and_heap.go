// errorcheck -0 -m -l

// Rule: a param that both reaches the heap and a result is reported only as leaking param.

package p

var g *int

func f(p *int) *int { // ERROR "leaking param: p$"
	g = p
	return p
}
