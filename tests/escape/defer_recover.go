// errorcheck -0 -m -l

// Rule: a deferred closure calling recover: the closure does not escape, recover's result is not an allocation.

package p

func f() (err any) {
	defer func() { // ERROR "func literal does not escape$"
		err = recover()
	}()
	panic("x") // ERROR ".x. escapes to heap$"
}
