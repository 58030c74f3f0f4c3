// errorcheck -0 -m -l

// Rule: a pointer converted to uintptr as the argument of a body-less function is kept alive, not escaped: the variable stays on the stack.

package p

import "unsafe"

func sys(p uintptr) // ERROR "assuming p is unsafe uintptr$"

func f() {
	var x int
	sys(uintptr(unsafe.Pointer(&x)))
}
