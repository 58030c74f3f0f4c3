// errorcheck -0 -m -l

// Rule: copy does not make either argument escape (for pointer-free elements).

package p

func f(dst, src []byte) int { // ERROR "dst does not escape$" "src does not escape$"
	return copy(dst, src)
}
