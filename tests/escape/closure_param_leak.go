// errorcheck -0 -m -l

// Rule: a func-typed parameter that is called does not escape; one that is stored leaks.

package p

var g func()

func call(fn func()) { fn() } // ERROR "fn does not escape$"

func keep(fn func()) { g = fn } // ERROR "leaking param: fn$"
