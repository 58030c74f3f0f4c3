// errorcheck -0 -m -l

// Rule: a constant-size make over 64 KiB escapes even when local.

package p

func f() byte {
	s := make([]byte, 64<<10+1) // ERROR "make\(\[\]byte, 65537\) escapes to heap$"
	return s[0]
}
