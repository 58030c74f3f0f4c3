// errorcheck -0 -m -l

// Rule: an interface conversion that does not escape is reported as does not escape.

package p

func f(x int) bool {
	var i any = x // ERROR "x does not escape$"
	_, ok := i.(string)
	return ok
}
