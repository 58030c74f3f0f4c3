// errorcheck -0 -m -l

// Rule: a variable captured by reference by an escaping closure is moved to heap; the closure escapes.

package p

func f() func() int {
	x := 0              // ERROR "moved to heap: x$"
	return func() int { // ERROR "func literal escapes to heap$"
		x++
		return x
	}
}
