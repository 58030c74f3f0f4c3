// errorcheck -0 -m -l

// Rule: m[string(b)] lookup does not allocate: string(b) does not escape.

package p

func f(m map[string]int, b []byte) int { // ERROR "m does not escape$" "b does not escape$"
	return m[string(b)] // ERROR "string\(b\) does not escape$"
}
