// Local types: package-wide ·N numbering; in generic functions they take the
// type parameters as implicit arguments (L[go.shape.int]).
// 
package p

var sink any

func F[T any](x T) {
	type L struct{ v T }
	type K struct{ n int }
	sink = &L{x}
	sink = &K{}
	sink = []L{}
}

func G() {
	type L struct{ a int }
	sink = &L{}
	F(L{})
}

func use() { F(1); F("") }
