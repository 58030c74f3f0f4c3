// errorcheck -0 -m -l

// Rule: the receiver of an interface method call leaks (it may be retained by the unknown method).

package p

type I interface{ M() }

func f(i I) { // ERROR "leaking param: i$"
	i.M()
}
