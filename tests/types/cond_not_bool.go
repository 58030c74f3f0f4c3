// errorcheck

// Types: non-boolean conditions in if, for and &&.

package p

func f(x int, s string) {
	if x { // ERROR "non-boolean condition in if statement$"
	}
	for s { // ERROR "non-boolean condition in for statement$"
	}
	_ = x && true // ERROR "invalid operation: x && true \(mismatched types int and untyped bool\)$"
}
