// errorcheck

// Types: too many iteration variables in range loops.

package p

func f(c chan int, n int) {
	for a, b := range c { // ERROR "range over c \(variable of type chan int\) permits only one iteration variable$"
		_, _ = a, b
	}
	for i, j := range n { // ERROR "range over n \(variable of type int\) permits only one iteration variable$"
		_, _ = i, j
	}
}
