// errorcheck

// Types: duplicate constant cases in expression switches and duplicate types in type switches.

package p

func f(x int, i any) {
	switch x {
	case 1, 2:
	case 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch"
	}
	switch i.(type) {
	case int:
	case string, int: // ERROR "duplicate case int in type switch"
	}
}
