// errorcheck -0 -m -l

// Rule: a constant converted to an escaping interface uses static data, yet gc still prints "1000 escapes to heap" (the constant, bare).

package p

var sink any

func f() {
	sink = 1000    // ERROR "1000 escapes to heap$"
	sink = "hello" // ERROR ".hello. escapes to heap$"
}
