// errorcheck

// Types: variadic misuse: ... on a non-variadic call, and a ... parameter not last.

package p

func g(a ...int) {}
func h(a int) {}

func f(s []int) {
	h(s...) // ERROR "cannot use \.\.\. in call to non-variadic h$"
	g(1, s...) // ERROR "too many arguments in call to g"
}

func k(a ...int, b int) {} // ERROR "can only use \.\.\. with final parameter$"
