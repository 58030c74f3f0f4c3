// errorcheck -0 -m -l

// Rule: a variable larger than 128 bytes is captured by reference even if never reassigned.

package p

var g func() int

func f() {
	var a [20]int // ERROR "moved to heap: a$"
	a[0] = 1
	g = func() int { return a[0] } // ERROR "func literal escapes to heap$"
}
