// errorcheck -0 -m -l

// Rule: two params leaking to two different named results.

package p

func f(a, b *int) (x, y *int) { // ERROR "leaking param: a to result y level=0$" "leaking param: b to result x level=0$"
	return b, a
}
