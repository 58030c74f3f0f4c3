// errorcheck -0 -m -l

// Rule: t.p = t.p through the same pointer is ignored as a self-assignment.

package p

type T struct{ p, q *int }

func f(t *T) { // ERROR "t does not escape$"
	t.p = t.p // ERROR "f ignoring self-assignment in t\.p = t\.p$"
}
