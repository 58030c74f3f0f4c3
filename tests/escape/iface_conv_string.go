// errorcheck -0 -m -l

// Rule: a string converted to an escaping interface allocates the string header.

package p

var sink any

func f(s string) { // ERROR "leaking param: s$"
	sink = s // ERROR "s escapes to heap$"
}
