// errorcheck -0 -m -l

// Rule: range over []byte(s) does not copy: no diagnostic for the conversion.

package p

func f(s string) int { // ERROR "s does not escape$"
	n := 0
	for _, c := range []byte(s) { // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
		n += int(c)
	}
	return n
}
