// errorcheck -0 -m -l

// Rule: "index bounds check elided" comes from walk, which compiles the
// functions in Target.Funcs order, each with the closures that capture
// variables (mid's literal, right after mid). A func literal capturing
// nothing is no closure to gc: it is compiled on its own at its place in
// the list, where the reader appended it while reading its enclosing body.
// The reader reads the declared functions' bodies after all declarations,
// last pushed first: second's literal comes before first's, both after
// every declared function.

package p

var a [8]int

func first(i uint) int {
	f := func(j uint) int { return a[j&7] } // ERROR "func literal does not escape$" "index bounds check elided$"
	return f(i) + a[i&7]                    // ERROR "index bounds check elided$"
}

func mid(i uint) int {
	g := func() int { return a[i&7] } // ERROR "func literal does not escape$" "index bounds check elided$"
	return g() + a[(i+1)&7]           // ERROR "index bounds check elided$"
}

func second(i uint) int {
	h := func(j uint) int { return a[j&7] } // ERROR "func literal does not escape$" "index bounds check elided$"
	return h(i) + a[(i+2)&7]                // ERROR "index bounds check elided$"
}

func last(i uint) int {
	return a[i&7] // ERROR "index bounds check elided$"
}
