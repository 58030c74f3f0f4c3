// errorcheck -0 -m -l

// Rule: f(s...) passes the slice itself: no "... argument".

package p

func sum(xs ...int) int { return len(xs) } // ERROR "xs does not escape$"

func f(s []int) int { // ERROR "s does not escape$"
	return sum(s...)
}
