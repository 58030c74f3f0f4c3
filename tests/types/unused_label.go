// errorcheck

// Types: a label defined and not used.

package p

func f() {
L: // ERROR "label L defined and not used$"
	for {
	}
}
