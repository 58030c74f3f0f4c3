// errorcheck -0 -m -l

// Rule: storing &local through a pointer parameter moves it to heap; the pointer itself does not escape.

package p

func f(pp **int) { // ERROR "pp does not escape$"
	x := 4 // ERROR "moved to heap: x$"
	*pp = &x
}
