// errorcheck -0 -m -l

// Rule: storing an element of a slice-of-pointers parameter globally leaks the param content.

package p

var g *int

func f(s []*int) { // ERROR "leaking param content: s$"
	g = s[0]
}
