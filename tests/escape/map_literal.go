// errorcheck -0 -m -l

// Rule: map literals are allocation sites: escapes or does not escape.

package p

func f() map[string]int {
	return map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap$"
}

func g(k string) int { // ERROR "k does not escape$"
	m := map[string]int{"a": 1, "b": 2} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	return m[k]
}
