// errorcheck -0 -m -l

// Rule: m[string(b)] = v in an assignment copies the key into the map: the conversion escapes.

package p

func f(m map[string]int, b []byte) { // ERROR "m does not escape$" "b does not escape$"
	m[string(b)] = 1 // ERROR "string\(b\) escapes to heap$"
}
