// errorcheck -0 -m -l

// Rule: make(map) that does not escape vs. one that is returned.

package p

func f() int {
	m := make(map[int]int) // ERROR "make\(map\[int\]int\) does not escape$"
	m[1] = 2
	return len(m)
}

func g() map[int]int {
	return make(map[int]int) // ERROR "make\(map\[int\]int\) escapes to heap$"
}
