// errorcheck -0 -m -l

// Rule: new(expr) (Go 1.26) becomes tmp := expr; &tmp: when it escapes gc prints "moved to heap: .autotmp_N", when it does not it prints nothing.

package p

func f(x int) *int {
	return new(x + 1) // ERROR "moved to heap: \.autotmp_2$"
}

func g(x int) int {
	p := new(x * 2)
	return *p
}
