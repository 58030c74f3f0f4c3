// errorcheck

// Types: calling something that is not a function.

package p

func f() {
	x := 1
	x() // ERROR "invalid operation: cannot call x \(variable of type int\): int is not a function$"
	var s []int
	s(0) // ERROR "invalid operation: cannot call s \(variable of type \[\]int\): \[\]int is not a function$"
}
