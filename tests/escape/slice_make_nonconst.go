// errorcheck -0 -m -l

// Rule: make with a non-constant size that does not escape: "does not escape" (stack buffer when small, since Go 1.25).

package p

func f(n int) int {
	s := make([]byte, n) // ERROR "make\(\[\]byte, n\) does not escape$"
	return len(s)
}
