// errorcheck -0 -m -l

// Rule: a method value returned escapes (it is an allocation binding the receiver).

package p

type T struct{ n int }

func (t T) Get() int { return t.n }

func f(t T) func() int {
	return t.Get // ERROR "t\.Get escapes to heap$"
}
