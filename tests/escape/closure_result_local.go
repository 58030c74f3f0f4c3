// errorcheck -0 -m -l

// Rule: a closure called where it is defined may return the address of a variable of its enclosing function without moving it to the heap; once the closure value escapes to an unknown caller, its results are lost and the variable moves.

package p

func f() int {
	var u int
	p := func() *int { return &u }() // ERROR "func literal does not escape$"
	*p = 42
	return u
}

var sink func() *int

func g() {
	var v int // ERROR "moved to heap: v$"
	sink = func() *int { return &v } // ERROR "func literal escapes to heap$"
}
