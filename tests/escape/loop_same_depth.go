// errorcheck -0 -m -l

// Rule: a pointer stored into a variable of the same loop depth does not escape.

package p

func f(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		x := i
		p := &x
		t += *p
	}
	return t
}
