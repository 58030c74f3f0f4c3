// errorcheck -0 -m -l

// Rule: storing &local into a field of a global struct moves it to heap.

package p

type T struct{ p *int }

var g T

func f() {
	x := 3 // ERROR "moved to heap: x$"
	g.p = &x
}
