// errorcheck -0 -m -l

// Rule: reslicing a param and returning it leaks the param to the result at level 0.

package p

func f(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:3]
}
