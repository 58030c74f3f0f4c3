// errorcheck

// Types: undefined labels, labels not on an enclosing loop, duplicate labels.

package p

func f() {
	goto Missing // ERROR "label Missing not defined$"
L:
	for {
		break M // ERROR "break label not defined: M$"
	}
M: // ERROR "label M defined and not used$"
	for {
	}
	for {
		continue L // ERROR "invalid continue label L$"
	}
L: // ERROR "label L already defined at label_misuse\.go:9:1$"
	for {
	}
}
