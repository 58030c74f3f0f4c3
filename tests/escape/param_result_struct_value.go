// errorcheck -0 -m -l

// Rule: returning a field of a struct value param leaks at level=0 (no dereference).

package p

type T struct {
	p *int
	n int
}

func f(t T) *int { // ERROR "leaking param: t to result ~r0 level=0$"
	return t.p
}
