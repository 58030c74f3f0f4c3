// errorcheck

// Types: use of undefined identifiers (variable, function, type, package-qualified).

package p

import "strings"

func f() int {
	x := y + 1 // ERROR "undefined: y$"
	g()        // ERROR "undefined: g$"
	var t T    // ERROR "undefined: T$"
	_ = t
	_ = strings.NoSuchFunc // ERROR "undefined: strings\.NoSuchFunc$"
	return x
}
