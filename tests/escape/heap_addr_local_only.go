// errorcheck -0 -m -l

// Rule: an address taken but only used locally stays on the stack (no diagnostic at all).

package p

func f() int {
	x := 5
	p := &x
	*p = 6
	return x
}
