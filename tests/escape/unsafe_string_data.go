// errorcheck -0 -m -l

// Rule: unsafe.StringData(s) returns s's data pointer: s leaks to the result.

package p

import "unsafe"

func f(s string) *byte { // ERROR "leaking param: s to result ~r0 level=0$"
	return unsafe.StringData(s)
}
