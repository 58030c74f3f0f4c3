// errorcheck -0 -m -l

// Rule: variadic ...any: each argument is converted to interface inside "... argument".

package p

func count(xs ...any) int { return len(xs) } // ERROR "xs does not escape$"

func f(a int, b string) int { // ERROR "b does not escape$"
	return count(a, b) // ERROR "\.\.\. argument does not escape$" "a does not escape$" "b does not escape$"
}
