// errorcheck

// Types: a method with a pointer receiver does not make the value type implement the interface.

package p

type I interface{ M() }

type T struct{}

func (*T) M() {}

var _ I = T{} // ERROR "cannot use T\{\} \(value of struct type T\) as I value in variable declaration: T does not implement I \(method M has pointer receiver\)$"
var _ I = &T{}
