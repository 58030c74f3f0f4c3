// errorcheck -0 -m -l

// Rule: a func variable assigned only known functions calls them all (gc's FuncAssignments): their tags decide, so x stays on the stack; one unknown assignment makes the call unknown.

package p

func keep(p *int) int { return *p } // ERROR "p does not escape$"
func look(p *int) int { return *p + 1 } // ERROR "p does not escape$"

func f(c bool) int {
	x := 0
	g := keep
	if c {
		g = look
	}
	return g(&x)
}

func h(c bool, u func(*int) int) int { // ERROR "u does not escape$"
	y := 0 // ERROR "moved to heap: y$"
	g := keep
	if c {
		g = u
	}
	return g(&y)
}
