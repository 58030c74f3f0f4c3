// errorcheck -0 -m -l

// Rule: results are tracked by index only up to 5 (~r0..~r4); a param flowing to a later result leaks to the heap.

package p

func f(p, q *int) (a, b, c, d, e, x *int) { // ERROR "leaking param: p$" "leaking param: q to result e level=0$"
	return nil, nil, nil, nil, q, p
}
