// errorcheck -0 -m -l

// Rule: the pointer taken out of an interface by assertion leaks to the result.

package p

func f(i any) *int { // ERROR "leaking param: i to result ~r0 level=0$"
	return i.(*int)
}
