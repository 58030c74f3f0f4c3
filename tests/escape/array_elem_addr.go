// errorcheck -0 -m -l

// Rule: taking the address of an array element moves the whole array to heap.

package p

func f() *int {
	var a [3]int // ERROR "moved to heap: a$"
	return &a[1]
}
