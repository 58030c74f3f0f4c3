// errorcheck

// Types: type assertion on a non-interface value.

package p

func f(x int, s []int) {
	_ = x.(int)   // ERROR "invalid operation: x \(variable of type int\) is not an interface$"
	_ = s.([]int) // ERROR "invalid operation: s \(variable of type \[\]int\) is not an interface$"
}
