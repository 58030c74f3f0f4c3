// errorcheck -0 -m -l

// Rule: converting a pointer to uintptr ends the flow: the param does not escape.

package p

import "unsafe"

var g uintptr

func f(p *int) { // ERROR "p does not escape$"
	g = uintptr(unsafe.Pointer(p))
}
