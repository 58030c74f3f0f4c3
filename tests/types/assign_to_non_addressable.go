// errorcheck

// Types: assigning to things that cannot be assigned to.

package p

type T struct{ a int }

func g() T { return T{} }

const C = 1

func f(m map[string]T) {
	g().a = 1    // ERROR "cannot assign to g\(\)\.a \(neither addressable nor a map index expression\)$"
	C = 2        // ERROR "cannot assign to C \(neither addressable nor a map index expression\)$"
	m["k"].a = 3 // ERROR "cannot assign to struct field m\[.k.\]\.a in map$"
	len("x") = 4 // ERROR "cannot assign to len\(.x.\) \(neither addressable nor a map index expression\)$"
}
