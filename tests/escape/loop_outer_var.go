// errorcheck -0 -m -l

// Rule: storing the address of a loop-body variable into a variable declared outside the loop moves it to heap.

package p

func f(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		x := i // ERROR "moved to heap: x$"
		p = &x
	}
	return *p
}
