// errorcheck -0 -m -l

// Rule: slicing a string param and storing the result globally leaks the param.

package p

var g string

func f(s string) { // ERROR "leaking param: s$"
	g = s[:1]
}
