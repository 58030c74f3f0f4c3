// errorcheck -0 -m -l

// Rule: an explicit conversion any(x) is printed as a conversion.

package p

var sink any

func f(x int) {
	sink = any(x) // ERROR "any\(x\) escapes to heap$"
}
