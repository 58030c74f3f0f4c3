// errorcheck -0 -m -l

// Rule: nested closures: the inner escaping literal forces the outer's captured variable to heap.

package p

func f() func() func() int {
	n := 0                     // ERROR "moved to heap: n$"
	return func() func() int { // ERROR "func literal escapes to heap$"
		return func() int { // ERROR "func literal escapes to heap$"
			n++
			return n
		}
	}
}
