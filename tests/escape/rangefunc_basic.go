// errorcheck -0 -m -l

// Rule: range over a func: the loop body becomes a closure passed to the iterator; it does not escape.

package p

func seq(yield func(int) bool) { // ERROR "yield does not escape$"
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func f() int {
	t := 0
	for v := range seq { // ERROR "func literal does not escape$"
		t += v
	}
	return t
}
