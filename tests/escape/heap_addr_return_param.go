// errorcheck -0 -m -l

// Rule: a parameter whose address is returned is moved to heap (and gets no param diagnostic).

package p

func f(x int) *int { // ERROR "moved to heap: x$"
	return &x
}
