// errorcheck -0 -m -l

// Rule: strings are pointers: a string param stored globally leaks.

package p

var g string

func f(s string) { // ERROR "leaking param: s$"
	g = s
}

func h(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}
