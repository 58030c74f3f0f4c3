// errorcheck

// Types: func init misuse: referring to init, init with params or results.

package p

func init(x int) {} // ERROR "func init must have no arguments and no return values$"

func f() {
	init() // ERROR "undefined: init$"
}
