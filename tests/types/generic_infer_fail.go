// errorcheck

// Types: type parameters that cannot be inferred.

package p

func zero[T any]() T {
	var t T
	return t
}

func pair[K comparable, V any](k K) map[K]V { return nil }

func f() {
	_ = zero()  // ERROR "in call to zero, cannot infer T \(declared at generic_infer_fail\.go:7:11\)$"
	_ = pair(1) // ERROR "in call to pair, cannot infer V \(declared at generic_infer_fail\.go:12:25\)$"
}
