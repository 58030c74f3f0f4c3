// errorcheck

// Types: operators not defined on the operand types.

package p

func f(b bool, s string, p *int, sl []int) {
	_ = b + b  // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)$"
	_ = s - s  // ERROR "invalid operation: operator - not defined on s \(variable of type string\)$"
	_ = p * p  // ERROR "invalid operation: operator \* not defined on p \(variable of type \*int\)$"
	_ = -s     // ERROR "invalid operation: operator - not defined on s \(variable of type string\)$"
	_ = !p     // ERROR "invalid operation: operator ! not defined on p \(variable of type \*int\)$"
	_ = sl % 2 // ERROR "invalid operation: sl % 2 \(mismatched types \[\]int and untyped int\)$"
}
