// errorcheck -0 -m -l

// Rule: converting *T to unsafe.Pointer and back keeps the flow: the param leaks to the result.

package p

import "unsafe"

func f(p *int) *float64 { // ERROR "leaking param: p to result ~r0 level=0$"
	return (*float64)(unsafe.Pointer(p))
}
