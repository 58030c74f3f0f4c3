// errorcheck -0 -m -l

// Rule: a call of a method of an instantiated generic type calls the shaped method with the type's dictionary &.dict.T[targs] after the receiver; the method expression prints with the shaped receiver type.

package p

type Table[K comparable, V any] struct{ m map[K]V }

func (t *Table[K, V]) Get(k K) V { return t.m[k] }

func name(t *Table[uint64, string], id uint64) string { // ERROR "t does not escape$"
	return "name(" + t.Get(id) + ")" // ERROR "\x22name\(\x22 \+ \(\*Table\[go.shape.uint64,go.shape.string\]\).Get\(t, &.dict.Table\[uint64,string\], id\) \+ \x22\)\x22 escapes to heap$"
}
