// errorcheck -0 -m -l

// Rule: []byte(s) that is never mutated and does not escape is a zero-copy conversion.

package p

func f(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
	return len(b)
}
