// errorcheck

// Types: go and defer need a function call, not a conversion or builtin that must be used.

package p

func f(x int) {
	defer int(x) // ERROR "defer requires function call, not conversion int\(x\) \(value of type int\)$"
	go len("x") // ERROR "go discards result of len\(.x.\) \(constant 1 of type int\)$"
	defer recover // ERROR "expression in defer must be function call$"
}
