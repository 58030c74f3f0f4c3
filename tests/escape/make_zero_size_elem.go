// errorcheck -0 -m -l

// Rule: make of a slice whose elements have size zero always escapes (zero-sized element), even with a constant length.

package p

func f() int {
	s := make([]struct{}, 10) // ERROR "make\(\[\]struct \{\}, 10\) escapes to heap$"
	return len(s)
}
