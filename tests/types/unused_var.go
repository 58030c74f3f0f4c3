// errorcheck

// Types: declared and not used local variables.

package p

func f() {
	x := 1       // ERROR "declared and not used: x$"
	var y string // ERROR "declared and not used: y$"
	a, b := 2, 3 // ERROR "declared and not used: b$"
	_ = a
}
