// errorcheck

// Types: invalid slice expressions (constant indices out of range, inverted bounds, 3-index on string).

package p

func f(s string, a [4]int, sl []int) {
	_ = a[1:5]   // ERROR "invalid argument: index 5 out of bounds \[0:5\]$"
	_ = sl[3:1]  // ERROR "invalid slice indices: 1 < 3$"
	_ = s[1:2:3] // ERROR "invalid operation: 3-index slice of string$"
	_ = a[5]     // ERROR "invalid argument: index 5 out of bounds \[0:4\]$"
}
