// errorcheck -0 -m -l

// Rule: a value converted to interface and stored in a map escapes.

package p

func f(m map[string]any, x int) { // ERROR "m does not escape$"
	m["x"] = x // ERROR "x escapes to heap$"
}
