// errorcheck -0 -m -l

// Rule: a variable captured by value (never reassigned) is copied into the closure and not moved to heap.

package p

func f() func() int {
	x := 7
	return func() int { // ERROR "func literal escapes to heap$"
		return x
	}
}
