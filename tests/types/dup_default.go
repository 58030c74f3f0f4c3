// errorcheck

// Types: multiple defaults in a switch and a select.

package p

func f(x int, c chan int) {
	switch x {
	default:
	default: // ERROR "multiple defaults \(first at dup_default\.go:9:2\)$"
	}
	select {
	default:
	default: // ERROR "multiple defaults \(first at dup_default\.go:13:2\)$"
	}
}
