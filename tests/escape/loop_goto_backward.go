// errorcheck -0 -m -l

// Rule: a label targeted by a backward goto counts as a loop for loop depth.

package p

func f(n int) int {
	var p *int
	i := 0
loop:
	x := i // ERROR "moved to heap: x$"
	p = &x
	i++
	if i < n {
		goto loop
	}
	return *p
}
