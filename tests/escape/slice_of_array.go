// errorcheck -0 -m -l

// Rule: slicing a local array that escapes moves the array to heap.

package p

func f() []int {
	var a [4]int // ERROR "moved to heap: a$"
	return a[:]
}
