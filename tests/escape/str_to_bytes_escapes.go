// errorcheck -0 -m -l

// Rule: []byte(s) returned escapes to heap.

package p

func f(s string) []byte { // ERROR "s does not escape$"
	return []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}
