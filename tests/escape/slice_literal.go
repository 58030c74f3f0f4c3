// errorcheck -0 -m -l

// Rule: a slice literal escapes when returned, and does not when only used locally.

package p

func f() []int {
	return []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

func g() int {
	s := []int{4, 5} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return s[0] + s[1]
}
