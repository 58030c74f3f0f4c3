// errorcheck -0 -m -l

// Rule: a slice literal converted to an escaping interface prints "[]int{...} escapes to heap" twice at the same position; one regexp claims both lines.

package p

var sink any

func f() {
	sink = []int{1, 2} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}
