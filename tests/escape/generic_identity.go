// errorcheck -0 -m -l

// Rule: a generic function gets no param diagnostics (its shaped body is dupok); the caller uses the instantiation and p leaks to the result.

package p

func id[T any](x T) T { return x }

func f(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return id(p)
}
