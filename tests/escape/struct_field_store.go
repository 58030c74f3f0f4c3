// errorcheck -0 -m -l

// Rule: storing a pointer into a field of a local struct that is returned by value leaks the pointer to the result.

package p

type T struct{ p *int }

func f(p *int) T { // ERROR "leaking param: p to result ~r0 level=0$"
	var t T
	t.p = p
	return t
}
