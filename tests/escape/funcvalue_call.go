// errorcheck -0 -m -l

// Rule: calling through a func value (unknown callee) makes pointer arguments escape.

package p

func f(fn func(*int)) { // ERROR "fn does not escape$"
	x := 0 // ERROR "moved to heap: x$"
	fn(&x)
}
