// errorcheck -0 -m -l

// Rule: a call through a local holding a method value is a static call of the method with the receiver bound: the arguments go to the method's parameters (not the first one to the receiver).

package p

type T struct{ e *int }

func (t *T) Set(e *int) { t.e = e } // ERROR "t does not escape$" "leaking param: e$"

func use(t *T, e *int) { // ERROR "t does not escape$" "leaking param: e$"
	f := t.Set // ERROR "t.Set does not escape$"
	f(e)
}
