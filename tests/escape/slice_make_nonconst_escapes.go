// errorcheck -0 -m -l

// Rule: make with a non-constant size that is returned escapes.

package p

func f(n int) []byte {
	return make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap$"
}
