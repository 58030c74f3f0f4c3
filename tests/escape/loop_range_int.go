// errorcheck -0 -m -l

// Rule: range over an int: the per-iteration loop variable, captured by value by escaping closures, is not moved to heap.

package p

var fs []func() int

func f() {
	for i := range 3 {
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
}
