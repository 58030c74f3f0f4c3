// errorcheck -0 -m -l

// Rule: string(b) allocates: escapes when returned, does not escape when only compared.

package p

func f(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

func g(b []byte) bool { // ERROR "b does not escape$"
	return string(b) == "ok" // ERROR "string\(b\) does not escape$"
}
