// errorcheck

// Types: select cases that are not communications.

package p

func f(c chan int, x int) {
	select {
	case x > 0: // ERROR "select case must be send or receive \(possibly with assignment\)$"
	case c: // ERROR "select case must be send or receive \(possibly with assignment\)$"
	}
}
