// errorcheck -0 -m -l

// Rule: append to a local slice that never leaves the function: append does not escape.

package p

func f(x int) int {
	var s []int
	s = append(s, x)   // ERROR "append does not escape$"
	s = append(s, x+1) // ERROR "append does not escape$"
	return len(s)
}
