// errorcheck

// Types: iota used outside a constant declaration.

package p

var x = iota // ERROR "cannot use iota outside constant declaration$"

func f() int {
	return iota // ERROR "cannot use iota outside constant declaration$"
}
