// errorcheck -0 -m -l

// Rule: a call whose param leaks to its result: the caller's &x escapes only if that result does.

package p

func id(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

var g *int

func f() int {
	x := 1 // ERROR "moved to heap: x$"
	y := 2
	g = id(&x)
	return *id(&y)
}
