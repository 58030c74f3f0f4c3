// errorcheck -0 -m -l

// Rule: a method value called locally does not escape.

package p

type T struct{ n int }

func (t *T) Inc() { t.n++ } // ERROR "t does not escape$"

func f(t *T) { // ERROR "t does not escape$"
	inc := t.Inc // ERROR "t\.Inc does not escape$"
	inc()
}
