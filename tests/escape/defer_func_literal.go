// errorcheck -0 -m -l

// Rule: a deferred func literal at top level does not escape; in a loop it escapes.

package p

func f(n int) (r int) { // ERROR "moved to heap: r$"
	defer func() { r++ }() // ERROR "func literal does not escape$"
	for i := 0; i < n; i++ {
		defer func() { r += i }() // ERROR "func literal escapes to heap$"
	}
	return 0
}
