// errorcheck

// Types: ranging over things that cannot be ranged over.

package p

func f(x float64, p *[]int, fn func(int)) {
	for range x { // ERROR "cannot range over x \(variable of type float64\)$"
	}
	for range p { // ERROR "cannot range over p \(variable of type \*\[\]int\)$"
	}
	for range fn { // ERROR "cannot range over fn \(variable of type func\(int\)\): func must be func\(yield func\(\.\.\.\) bool\): argument is not func$"
	}
}
