// errorcheck -0 -m -l

// Rule: a variable reassigned after capture is captured by reference; escaping closure moves it to heap.

package p

var g func() int

func f() {
	x := 1                      // ERROR "moved to heap: x$"
	g = func() int { return x } // ERROR "func literal escapes to heap$"
	x = 2
}
