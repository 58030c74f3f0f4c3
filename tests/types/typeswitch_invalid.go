// errorcheck

// Types: type switch on a non-interface, unused type-switch variable (worded "v declared and not used"), impossible case.

package p

type I interface{ M() }

type T struct{}

func f(x int, i I) {
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface$"
	}
	switch v := i.(type) { // ERROR "v declared and not used$"
	case T: // ERROR "impossible type switch case: T"
	}
}
