// errorcheck -0 -m -l

// Rule: string(r) from a rune is an allocation site printed string(r).

package p

var g string

func f(r rune) {
	g = string(r) // ERROR "string\(r\) escapes to heap$"
}

func h(r rune) int {
	return len(string(r)) // ERROR "string\(r\) does not escape$"
}
