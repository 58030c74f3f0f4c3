// errorcheck

// Types: a generic function or type used without instantiation.

package p

func id[T any](x T) T { return x }

type Box[T any] struct{ v T }

func f() {
	g := id   // ERROR "cannot use generic function id without instantiation$"
	var b Box // ERROR "cannot use generic type Box\[T any\] without instantiation$"
	_, _ = g, b
}
