// errorcheck -0 -m -l

// Rule: with -l, a method call through an interface holding a known concrete type is devirtualized statically.

package p

type I interface{ M() int }

type T struct{ n int }

func (t T) M() int { return t.n }

func f() int {
	var i I = T{1} // ERROR "T\{\.\.\.\} does not escape$"
	return i.M()   // ERROR "devirtualizing i\.M to T$"
}
