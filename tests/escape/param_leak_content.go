// errorcheck -0 -m -l

// Rule: a value loaded through a pointer parameter and stored globally leaks the param's content.

package p

var g *int

func f(pp **int) { // ERROR "leaking param content: pp$"
	g = *pp
}
