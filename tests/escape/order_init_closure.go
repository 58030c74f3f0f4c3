// errorcheck -0 -m -l

// Rule: a func literal in a package-level initialiser is a closure of the
// init function, placed in gc's function list right after init and before
// the declared functions. Without captures it is static data, so init no
// longer refers to it and it is analysed on its own, at that place: its
// lines come before those of functions declared earlier in the file.

package p

func first(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

var h = func() *int {
	x := 0 // ERROR "moved to heap: x$"
	return &x
}

func last(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}
