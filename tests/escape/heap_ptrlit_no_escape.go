// errorcheck -0 -m -l

// Rule: &T{...} used locally does not escape.

package p

type T struct{ a, b int }

func f() int {
	t := &T{1, 2} // ERROR "&T\{\.\.\.\} does not escape$"
	return t.a + t.b
}
