// errorcheck -0 -m -l

// Rule: an array param holding pointers is a value: returning an element leaks at level 0.

package p

func f(a [2]*int) *int { // ERROR "leaking param: a to result ~r0 level=0$"
	return a[1]
}
