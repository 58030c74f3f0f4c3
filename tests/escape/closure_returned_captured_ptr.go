// errorcheck -0 -m -l

// Rule: a closure returning a captured pointer leaks the pointer param of the enclosing function.

package p

func f(p *int) func() *int { // ERROR "leaking param: p$"
	return func() *int { return p } // ERROR "func literal escapes to heap$"
}
