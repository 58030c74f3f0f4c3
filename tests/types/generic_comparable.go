// errorcheck

// Types: a non-comparable type argument for a comparable constraint.

package p

func eq[T comparable](a, b T) bool { return a == b }

func f() {
	_ = eq([]int{1}, []int{2}) // ERROR "\[\]int does not satisfy comparable$"
	_ = eq(func() {}, nil)     // ERROR "func\(\) does not satisfy comparable$"
}
