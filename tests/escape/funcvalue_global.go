// errorcheck -0 -m -l

// Rule: calling a global func variable: arguments escape even if the current value would not keep them.

package p

var hook = func(p *int) {} // ERROR "p does not escape$"

func f() {
	x := 0 // ERROR "moved to heap: x$"
	hook(&x)
}
