// errorcheck -0 -m -l

// Rule: a function declared without a body (assembly) leaks its pointer params unless //go:noescape.

package p

func asm(p *int, s []byte) // ERROR "leaking param: p$" "leaking param: s$"

//go:noescape
func asmNoEscape(p *int, s []byte) // ERROR "p does not escape$" "s does not escape$"
