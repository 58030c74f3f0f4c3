// errorcheck -0 -m -l

// Rule: a pointer sent on a channel escapes.

package p

func f(c chan *int) { // ERROR "c does not escape$"
	x := 3 // ERROR "moved to heap: x$"
	c <- &x
}
