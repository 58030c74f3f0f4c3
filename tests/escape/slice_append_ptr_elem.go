// errorcheck -0 -m -l

// Rule: appending a pointer to a slice that escapes makes the pointed-to value escape.

package p

var g [][]*int

func f() {
	x := 1 // ERROR "moved to heap: x$"
	var s []*int
	s = append(s, &x) // ERROR "append escapes to heap$"
	g = append(g, s)  // ERROR "append escapes to heap$"
}
