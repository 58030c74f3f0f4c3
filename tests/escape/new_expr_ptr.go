// errorcheck -0 -m -l

// Rule: new(&x): the temporary holding &x escapes (moved to heap: .autotmp_N) and so does x.

package p

func f() **int {
	x := 1         // ERROR "moved to heap: x$"
	return new(&x) // ERROR "moved to heap: \.autotmp_2$"
}
