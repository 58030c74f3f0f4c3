// errorcheck -0 -m -l

// Rule: atomic add through a pointer param: the param does not escape.

package p

import "sync/atomic"

func f(p *int64) int64 { // ERROR "p does not escape$"
	return atomic.AddInt64(p, 1)
}
