// errorcheck -0 -m -l

// Rule: returning a field loaded through a struct pointer param leaks at level=1.

package p

type T struct{ p *int }

func f(t *T) *int { // ERROR "leaking param: t to result ~r0 level=1$"
	return t.p
}
