// errorcheck -0 -m -l

// Rule: //go:uintptrescapes marks uintptr params as escaping; the pointer converted at the call escapes.

package p

import "unsafe"

//go:uintptrescapes
//go:noinline
func use(a uintptr) {} // ERROR "marking a as escaping uintptr$"

func f() {
	x := 0 // ERROR "moved to heap: x$"
	use(uintptr(unsafe.Pointer(&x)))
}
