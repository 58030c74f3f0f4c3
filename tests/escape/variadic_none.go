// errorcheck -0 -m -l

// Rule: a variadic call with no extra arguments passes nil: no diagnostic.

package p

func sum(xs ...int) int { return len(xs) } // ERROR "xs does not escape$"

func f() int {
	return sum()
}
