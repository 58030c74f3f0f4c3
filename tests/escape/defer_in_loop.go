// errorcheck -0 -m -l

// Rule: a defer inside a loop makes its arguments escape.

package p

func work(p *int) { *p++ } // ERROR "p does not escape$"

func f(n int) {
	for i := 0; i < n; i++ {
		x := i // ERROR "moved to heap: x$"
		defer work(&x)
	}
}
