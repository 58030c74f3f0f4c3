// errorcheck -0 -m -l

// Rule: pointers stored as map keys or values escape to the heap.

package p

func f(m map[*int]*int) { // ERROR "m does not escape$"
	k := 1 // ERROR "moved to heap: k$"
	v := 2 // ERROR "moved to heap: v$"
	m[&k] = &v
}
