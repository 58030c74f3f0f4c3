// errorcheck -0 -m -l

// Rule: a param reaching one result at level 0 and another at level 1.

package p

type T struct{ p *int }

func f(t *T) (*T, *int) { // ERROR "leaking param: t to result ~r0 level=0$" "leaking param: t to result ~r1 level=1$"
	return t, t.p
}
