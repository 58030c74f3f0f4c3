// errorcheck -0 -m -l

// Rule: a method value with a pointer receiver stored globally leaks the receiver.

package p

type T struct{ n int }

func (t *T) Inc() { t.n++ } // ERROR "t does not escape$"

var g func()

func f(t *T) { // ERROR "leaking param: t$"
	g = t.Inc // ERROR "t\.Inc escapes to heap$"
}
