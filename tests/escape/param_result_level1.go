// errorcheck -0 -m -l

// Rule: returning *pp leaks param pp to result ~r0 level=1.

package p

func f(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}
