// errorcheck

// Types: interfaces embedding non-interfaces and type sets used as ordinary types.

package p

type N interface{ ~int | ~string }

var x N // ERROR "cannot use type N outside a type constraint: interface contains type constraints$"

func f(n N) {} // ERROR "cannot use type N outside a type constraint: interface contains type constraints$"
