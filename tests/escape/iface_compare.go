// errorcheck -0 -m -l

// Rule: comparing an interface with a concrete value converts the value implicitly; the conversion does not escape.

package p

func f(i any, x int) bool { // ERROR "i does not escape$"
	return i == x // ERROR "x does not escape$"
}
