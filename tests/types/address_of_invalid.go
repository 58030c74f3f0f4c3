// errorcheck

// Types: taking the address of non-addressable values.

package p

func g() int { return 1 }

const C = 2

func f() {
	_ = &g()     // ERROR "invalid operation: cannot take address of g\(\) \(value of type int\)$"
	_ = &C       // ERROR "invalid operation: cannot take address of C \(untyped int constant 2\)$"
	_ = &(1 + 2) // ERROR "invalid operation: cannot take address of 1 \+ 2 \(untyped int constant 3\)$"
}
