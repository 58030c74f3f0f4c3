// errorcheck

// Types: comparing nil with values of non-nillable types.

package p

func f(x int, s string, a [2]int) {
	_ = x == nil // ERROR "invalid operation: x == nil \(mismatched types int and untyped nil\)$"
	_ = s != nil // ERROR "invalid operation: s != nil \(mismatched types string and untyped nil\)$"
	_ = a == nil // ERROR "invalid operation: a == nil \(mismatched types \[2\]int and untyped nil\)$"
}
