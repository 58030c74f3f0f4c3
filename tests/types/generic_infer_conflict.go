// errorcheck

// Types: inference from conflicting arguments.

package p

func same[T any](a, b T) {}

func f() {
	same(1, "x") // ERROR "in call to same, mismatched types untyped int and untyped string \(cannot infer T\)$"
	var i int
	var s string
	same(i, s) // ERROR "in call to same, type string of s does not match inferred type int for T$"
}
