// errorcheck -0 -m -l

// Rule: an instantiation used as a value (not called) is its dictionary wrapper F[int] (or (*T[int]).M), a function of the package that tail-calls the shaped body with &.dict.F[int]: calls through the value get the wrapper's parameter tags.

package p

var sink any

func Keep[T any](x *T, y *T) *T { sink = y; return x }

func use1(a, b *int) *int { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b$"
	f := Keep[int]
	return f(a, b)
}

type T[E any] struct{ e *E }

func (t *T[E]) Set(e *E) { t.e = e }

func use3(t *T[int], e *int) { // ERROR "t does not escape$" "leaking param: e$"
	f := t.Set // ERROR "t.Set does not escape$"
	f(e)
}

func use4(t *T[int], e *int) { // ERROR "t does not escape$" "leaking param: e$"
	g := (*T[int]).Set
	g(t, e)
}
