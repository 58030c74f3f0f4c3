// errorcheck -0 -m -l

// Rule: a defer outside any loop does not make its arguments escape.

package p

func work(p *int) { *p++ } // ERROR "p does not escape$"

func f() int {
	x := 0
	defer work(&x)
	return 1
}
