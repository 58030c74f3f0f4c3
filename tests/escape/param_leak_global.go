// errorcheck -0 -m -l

// Rule: a pointer parameter stored in a global leaks (leaking param).

package p

var g *int

func f(p *int) { // ERROR "leaking param: p$"
	g = p
}
