// errorcheck -0 -m -l

// Rule: new(T) of a type larger than 64 KiB escapes to heap.

package p

func f() byte {
	p := new([64<<10 + 1]byte) // ERROR "new\(\[65537\]byte\) escapes to heap$"
	return p[0]
}
