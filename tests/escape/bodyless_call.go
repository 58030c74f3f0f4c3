// errorcheck -0 -m -l

// Rule: calling a body-less function without //go:noescape makes &x escape; with it, x stays on the stack.

package p

func asm(p *int) // ERROR "leaking param: p$"

//go:noescape
func asmNoEscape(p *int) // ERROR "p does not escape$"

func f() {
	x, y := 1, 2 // ERROR "moved to heap: x$"
	asm(&x)
	asmNoEscape(&y)
}
