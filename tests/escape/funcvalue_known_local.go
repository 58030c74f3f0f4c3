// errorcheck -0 -m -l

// Rule: a local func variable assigned once is resolved statically (ir.StaticValue) even with -l: use's tags apply and x stays on the stack.

package p

func use(p *int) {} // ERROR "p does not escape$"

func f() {
	fn := use
	x := 0
	fn(&x)
}
