// errorcheck -0 -m -l

// Rule: a method value of an interface (i.M) is an allocation binding i; returning it escapes and leaks i.

package p

type I interface{ M() int }

func f(i I) func() int { // ERROR "leaking param: i$"
	return i.M // ERROR "i\.M escapes to heap$"
}
