// errorcheck -0 -m -l

// Rule: arguments of an interface method call escape; the interface receiver leaks.

package p

type W interface{ Write([]byte) (int, error) }

func f(w W) { // ERROR "leaking param: w$"
	buf := make([]byte, 8) // ERROR "make\(\[\]byte, 8\) escapes to heap$"
	w.Write(buf)
}
