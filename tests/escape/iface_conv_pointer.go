// errorcheck -0 -m -l

// Rule: converting a pointer to an interface is pointer-shaped: no allocation and no diagnostic for the conversion; the pointer itself leaks.

package p

var sink any

func f(p *int) { // ERROR "leaking param: p$"
	sink = p
}
