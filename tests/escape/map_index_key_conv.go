// errorcheck -0 -m -l

// Rule: a map index with an interface key converts the key; a lookup's key does not escape.

package p

func f(m map[any]int, x int) int { // ERROR "m does not escape$"
	return m[x] // ERROR "x does not escape$"
}
