// errorcheck -0 -m -l

// Rule: string concatenation is one allocation site: escapes when returned.

package p

func f(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + b // ERROR "a \+ b escapes to heap$"
}
