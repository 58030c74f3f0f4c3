// errorcheck -0 -m -l

// Rule: a named variable of exactly 128 KiB stays on the stack.

package p

func f() byte {
	var buf [128 << 10]byte
	buf[0] = 1
	return buf[0]
}
