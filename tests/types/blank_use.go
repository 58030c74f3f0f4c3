// errorcheck

// Types: using the blank identifier as a value.

package p

func f() {
	x := _ // ERROR "cannot use _ as value or type$"
	_ = x
	_() // ERROR "cannot use _ as value or type$"
}
