// errorcheck -0 -m -l

// Rule: a go statement with a func literal: the literal escapes and captured variables move to heap.

package p

func f() {
	x := 0      // ERROR "moved to heap: x$"
	go func() { // ERROR "func literal escapes to heap$"
		x++
	}()
}
