// errorcheck -0 -m -l

// Rule: an array of pointers returned by value: the pointed-to variables escape.

package p

func f() [2]*int {
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	return [2]*int{&x, &y}
}
