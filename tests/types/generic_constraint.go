// errorcheck

// Types: type arguments that do not satisfy their constraints.

package p

type Number interface{ ~int | ~float64 }

func sum[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func f() {
	_ = sum([]string{"a"}) // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)$"
	_ = sum[bool](nil)     // ERROR "bool does not satisfy Number \(bool missing in ~int \| ~float64\)$"
}
