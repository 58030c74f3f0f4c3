// errorcheck -0 -m -l

// Rule: single-byte and zero-sized values converted to an escaping interface need no allocation, yet gc still prints "escapes to heap".

package p

var sink any

func f(b byte, t bool) {
	sink = b          // ERROR "b escapes to heap$"
	sink = t          // ERROR "t escapes to heap$"
	sink = struct{}{} // ERROR "struct \{\}\{\} escapes to heap$"
}
