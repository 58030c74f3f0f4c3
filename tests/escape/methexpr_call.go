// errorcheck -0 -m -l

// Rule: a method expression is a plain function value; calling it directly needs no allocation.

package p

type T struct{ n int }

func (t *T) Get() int { return t.n } // ERROR "t does not escape$"

func f(t *T) int { // ERROR "t does not escape$"
	return (*T).Get(t)
}
