// errorcheck

// Types: operations not allowed by a type parameter's constraint.

package p

func f[T any](a, b T) T {
	return a + b // ERROR "invalid operation: operator \+ not defined on a \(variable of type T constrained by any\)$"
}

func g[T any](a T) int {
	return len(a) // ERROR "invalid argument: a \(variable of type T constrained by any\) for built-in len$"
}

func h[T any](a, b T) bool {
	return a == b // ERROR "invalid operation: a == b \(incomparable types in type set\)$"
}
