// errorcheck -0 -m -l

// Rule: calling a method on an interface makes its arguments escape (unknown callee).

package p

type I interface{ M(*int) }

func f(i I) { // ERROR "leaking param: i$"
	x := 0 // ERROR "moved to heap: x$"
	i.M(&x)
}
