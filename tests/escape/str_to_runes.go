// errorcheck -0 -m -l

// Rule: []rune(s) is printed ([]rune)(s) and is an allocation site.

package p

func f(s string) int { // ERROR "s does not escape$"
	return len([]rune(s)) // ERROR "\(\[\]rune\)\(s\) does not escape$"
}

func g(s string) []rune { // ERROR "s does not escape$"
	return []rune(s) // ERROR "\(\[\]rune\)\(s\) escapes to heap$"
}
