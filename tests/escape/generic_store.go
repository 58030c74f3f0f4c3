// errorcheck -0 -m -l

// Rule: a generic function storing its argument globally: diagnostics of the shaped body (append) appear at the generic source; the caller's &n escapes.

package p

var g []any

func keep[T any](x T) {
	g = append(g, x) // ERROR "append escapes to heap$"
}

func f() {
	n := 1 // ERROR "moved to heap: n$"
	keep(&n)
}
