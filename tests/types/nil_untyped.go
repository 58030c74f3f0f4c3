// errorcheck

// Types: use of untyped nil where a type is needed.

package p

func f() {
	x := nil        // ERROR "use of untyped nil in assignment$"
	var i int = nil // ERROR "cannot use nil as int value in variable declaration$"
	_ = nil == nil  // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)$"
	_ = i
	_ = x
}
