// errorcheck

// Types: assigning to a string index or taking its address.

package p

func f(s string) {
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)$"
	p := &s[1] // ERROR "invalid operation: cannot take address of s\[1\] \(value of type byte\)$"
	_ = p
}
