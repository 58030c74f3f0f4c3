// errorcheck

// Types: wrong number of type arguments.

package p

type Pair[K, V any] struct {
	k K
	v V
}

func f() {
	var p Pair[int]               // ERROR "not enough type arguments for type Pair: have 1, want 2$"
	var q Pair[int, string, bool] // ERROR "too many type arguments for type Pair: have 3, want 2$"
	_, _ = p, q
}
