// errorcheck -0 -m -l

// Rule: a param returned through a named result leaks to that result by name.

package p

func f(p *int) (q *int) { // ERROR "leaking param: p to result q level=0$"
	q = p
	return
}
