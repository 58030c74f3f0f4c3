// errorcheck -0 -m -l

// Rule: converting a non-pointer value to an interface that escapes allocates: "x escapes to heap".

package p

var sink any

func f(x int) {
	sink = x // ERROR "x escapes to heap$"
}
