// errorcheck -0 -m -l

// Rule: a named variable larger than 128 KiB is moved to heap even if it does not escape.

package p

func f() byte {
	var buf [128<<10 + 1]byte // ERROR "moved to heap: buf$"
	buf[0] = 1
	return buf[0]
}
