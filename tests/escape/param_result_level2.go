// errorcheck -0 -m -l

// Rule: returning **ppp leaks param ppp to result ~r0 level=2.

package p

func f(ppp ***int) *int { // ERROR "leaking param: ppp to result ~r0 level=2$"
	return **ppp
}
