// errorcheck -0 -m -l

// Rule: with -l, calling sync.Mutex.Lock/Unlock on a field of a pointer receiver leaks the receiver (imported tags of Lock say its receiver leaks).

package p

import "sync"

type C struct {
	mu sync.Mutex
	n  int
}

func (c *C) Inc() { // ERROR "leaking param: c$"
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}
