// errorcheck

// Types: using a type as an expression and an expression as a type.

package p

type T int

var v int

func f() {
	_ = T   // ERROR "T \(type\) is not an expression$"
	var x v // ERROR "v \(package-level variable\) is not a type$"
	_ = x
}
