// errorcheck -0 -m -l

// Rule: unsafe.Slice(p, n) derives a slice from p: returning it leaks p to the result.

package p

import "unsafe"

func f(p *byte, n int) []byte { // ERROR "leaking param: p to result ~r0 level=0$"
	return unsafe.Slice(p, n)
}
