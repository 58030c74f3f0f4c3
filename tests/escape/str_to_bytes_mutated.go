// errorcheck -0 -m -l

// Rule: []byte(s) that is written to is a real copy: "does not escape" but no zero-copy line.

package p

func f(s string) byte { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	b[0] = 'x'
	return b[0]
}
