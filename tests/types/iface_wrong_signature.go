// errorcheck

// Types: a method with the wrong signature does not implement the interface.

package p

type I interface{ M(int) string }

type T struct{}

func (T) M(string) string { return "" }

var _ I = T{} // ERROR "cannot use T\{\} \(value of struct type T\) as I value in variable declaration: T does not implement I \(wrong type for method M\)"
