// errorcheck -0 -m -l

// Rule: unsafe.Add(p, n) keeps pointing into p's object: leaks to the result.

package p

import "unsafe"

func f(p unsafe.Pointer) unsafe.Pointer { // ERROR "leaking param: p to result ~r0 level=0$"
	return unsafe.Add(p, 8)
}
