// errorcheck -0 -m -l

// Rule: append(s, t...) copies elements: t's content leaks only if elements are pointers that escape.

package p

func f(s, t []int) []int { // ERROR "leaking param: s to result ~r0 level=0$" "t does not escape$"
	return append(s, t...) // ERROR "append escapes to heap$"
}
