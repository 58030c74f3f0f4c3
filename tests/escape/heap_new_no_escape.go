// errorcheck -0 -m -l

// Rule: new(T) used locally does not escape.

package p

func f() int {
	p := new(int) // ERROR "new\(int\) does not escape$"
	*p = 1
	return *p
}
