// errorcheck -0 -m -l

// Rule: a parameter whose address is stored globally is moved to heap.

package p

var g *string

func f(s string) { // ERROR "moved to heap: s$"
	g = &s
}
