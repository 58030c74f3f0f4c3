// errorcheck -0 -m -l

// Rule: a value received from a channel is already in the heap: returning it does not leak the channel param (c does not escape).

package p

func f(c chan *int) *int { // ERROR "c does not escape$"
	return <-c
}
