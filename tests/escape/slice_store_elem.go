// errorcheck -0 -m -l

// Rule: storing a pointer into a slice element flows to the heap (the slice may be shared).

package p

func f(s []*int) { // ERROR "s does not escape$"
	x := 2 // ERROR "moved to heap: x$"
	s[0] = &x
}
