// errorcheck -0 -m -l

// Rule: new(T) returned escapes to heap.

package p

func f() *int {
	return new(int) // ERROR "new\(int\) escapes to heap$"
}
