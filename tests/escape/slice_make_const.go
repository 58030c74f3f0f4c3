// errorcheck -0 -m -l

// Rule: make([]T, const) that does not escape stays on the stack.

package p

func f() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	return len(s)
}
