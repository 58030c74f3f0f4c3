// errorcheck -0 -m -l

// Rule: a returned allocation escapes in the callee, whatever the caller does with it (callee analysed alone under -l).

package p

func mk() []int { return make([]int, 4) } // ERROR "make\(\[\]int, 4\) escapes to heap$"

func f() {
	_ = mk()
}
