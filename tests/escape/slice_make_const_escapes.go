// errorcheck -0 -m -l

// Rule: make([]T, const) returned escapes to heap.

package p

func f() []int {
	return make([]int, 10) // ERROR "make\(\[\]int, 10\) escapes to heap$"
}
