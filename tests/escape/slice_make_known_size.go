// errorcheck -0 -m -l

// Rule: a non-constant make size whose value is statically known is printed as the literal.

package p

func f() int {
	n := 128
	s := make([]byte, n) // ERROR "make\(\[\]byte, 128\) does not escape$"
	return len(s)
}
