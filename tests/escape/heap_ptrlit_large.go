// errorcheck -0 -m -l

// Rule: an implicit allocation (&T{}) larger than 64 KiB escapes to heap even when unused outside.

package p

type Big struct{ a [64<<10 + 8]byte }

func f() byte {
	b := &Big{} // ERROR "&Big\{\} escapes to heap$"
	return b.a[0]
}
