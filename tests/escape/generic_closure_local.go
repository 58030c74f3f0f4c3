// errorcheck -0 -m -l

// Rule: a closure assigned to a local in a generic body and called through it is a static call in the shaped body (its parameter types are the shapes), so the caller's argument does not leak.

package p

func Count[bytes []byte | string](s bytes) int {
	f := func(s bytes) int { return len(s) } // ERROR "func literal does not escape$"
	return f(s)
}

func use(b []byte) int { // ERROR "b does not escape$"
	return Count(b)
}
