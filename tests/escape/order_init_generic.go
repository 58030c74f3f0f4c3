// errorcheck -0 -m -l

// Rule: package-level initialisers run in the synthetic init function,
// first in gc's Target.Funcs, and a call there of a generic function calls
// its shaped instantiation: bottom-up order analyses Box[go.shape.int]
// (moved to heap: x) before init and before every declared function,
// although instantiations come last in the function list.

package p

func first(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func Box[T any](x T) *T { // ERROR "moved to heap: x$"
	return &x
}

var boxed = Box(1)

func last(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}
