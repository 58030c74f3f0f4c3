// errorcheck -0 -m -l

// Rule: storing a pointer into a field through a pointer param: the value escapes to heap.

package p

type T struct{ p *int }

func f(t *T, p *int) { // ERROR "t does not escape$" "leaking param: p$"
	t.p = p
}
