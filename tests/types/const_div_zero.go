// errorcheck

// Types: division by constant zero.

package p

func f(x int) {
	_ = x / 0     // ERROR "invalid operation: division by zero$"
	_ = 1 / 0     // ERROR "invalid operation: division by zero$"
	_ = x % 0     // ERROR "invalid operation: division by zero$"
	_ = 1.0 / 0.0 // ERROR "invalid operation: division by zero$"
}
