// errorcheck

// Types: dereferencing non-pointers and indexing non-indexable values.

package p

func f(x int, m map[string]int) {
	_ = *x   // ERROR "invalid operation: cannot indirect x \(variable of type int\)$"
	_ = x[0] // ERROR "cannot index x \(variable of type int\)$"
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as string value in map index$"
}
