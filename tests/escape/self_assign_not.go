// errorcheck -0 -m -l

// Rule: gc calls any store between fields of the same pointer a self-assignment, even t.p = t.q (different fields).

package p

type T struct{ p, q *int }

func f(t *T) { // ERROR "t does not escape$"
	t.p = t.q // ERROR "f ignoring self-assignment in t\.p = t\.q$"
}
