// errorcheck -0 -m -l

// Rule: go f(&x): arguments of a go statement escape.

package p

func work(p *int) { *p++ } // ERROR "p does not escape$"

func f() {
	x := 0 // ERROR "moved to heap: x$"
	go work(&x)
}
