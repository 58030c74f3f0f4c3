// errorcheck -0 -m -l

// Rule: x.f = x.f[a:b] through a pointer is a self-assignment that escape analysis ignores.

package p

type T struct{ buf []byte }

func (t *T) Trim(n int) { // ERROR "t does not escape$"
	t.buf = t.buf[n:] // ERROR "\(\*T\)\.Trim ignoring self-assignment in t\.buf = t\.buf\[n:\]$"
}
