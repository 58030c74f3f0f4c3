// errorcheck

// Types: invalid shifts (negative count, shift of a float, non-integer count).

package p

func f(x int, y float64) {
	_ = x << -1  // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)$"
	_ = y << 2   // ERROR "invalid operation: shifted operand y \(variable of type float64\) must be integer$"
	_ = x << 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to uint$"
}
