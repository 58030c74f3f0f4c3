// errorcheck -0 -m -l

// Rule: atomic.Pointer Store makes the stored pointer escape; Load does not leak the receiver.

package p

import "sync/atomic"

type T struct{ n int }

var cur atomic.Pointer[T]

func f() {
	cur.Store(&T{1}) // ERROR "&T\{\.\.\.\} escapes to heap$"
}

func g() int {
	return cur.Load().n
}
