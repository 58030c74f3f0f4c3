// errorcheck -0 -m -l

// Rule: append whose result is returned: its backing store escapes.

package p

func f(s []int, x int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, x) // ERROR "append escapes to heap$"
}
