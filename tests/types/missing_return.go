// errorcheck

// Types: functions with results missing a final return.

package p

func f(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return$"

func g() (s string) {
	for i := 0; i < 3; i++ {
		return "x"
	}
} // ERROR "missing return$"

func h(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return$"
