// errorcheck

// Types: a method with more than one receiver, and a method on an undefined type.

package p

type T struct{}

func (a, b T) M() {} // ERROR "method has multiple receivers$"

func (Undef) N() {} // ERROR "undefined: Undef$"
