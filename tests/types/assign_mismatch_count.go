// errorcheck

// Types: assignment count mismatches.

package p

func two() (int, int) { return 1, 2 }

func f() {
	var a, b int
	a, b = 1         // ERROR "assignment mismatch: 2 variables but 1 value$"
	a = two()        // ERROR "assignment mismatch: 1 variable but two returns 2 values$"
	x, y, z := two() // ERROR "assignment mismatch: 3 variables but two returns 2 values$"
	_, _, _ = x, y, z
	a, b = b, a, 3 // ERROR "assignment mismatch: 2 variables but 3 values$"
}
