// errorcheck

// Types: break and continue outside loops; continue in a switch.

package p

func f(x int) {
	break // ERROR "break is not in a loop, switch, or select$"
	if x > 0 {
		continue // ERROR "continue is not in a loop$"
	}
	switch x {
	case 1:
		continue // ERROR "continue is not in a loop$"
	}
}
