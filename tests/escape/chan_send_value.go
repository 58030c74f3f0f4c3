// errorcheck -0 -m -l

// Rule: sending a non-pointer value does not make anything escape.

package p

func f(c chan [2]int) { // ERROR "c does not escape$"
	c <- [2]int{1, 2}
}
