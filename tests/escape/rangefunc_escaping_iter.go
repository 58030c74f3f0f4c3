// errorcheck -0 -m -l

// Rule: range over an iterator that stores yield: the body closure escapes and the captured t and the state variable #state1 move to heap.

package p

var saved func(int) bool

func seq(yield func(int) bool) { // ERROR "leaking param: yield$"
	saved = yield
}

func f() int {
	t := 0               // ERROR "moved to heap: t$"
	for v := range seq { // ERROR "moved to heap: #state1$" "func literal escapes to heap$"
		t += v
	}
	return t
}
