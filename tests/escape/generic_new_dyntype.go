// errorcheck -0 -m -l

// Rule: in a shaped body, new(T) of a type derived from the type parameters (or a local type of the generic function) prints its operand as gc's dictionary-read node "<node DYNAMICTYPE>"; new of a non-derived type prints the type; shapes inside instance names print as go.shape (never escaped).

package p

type G[T any] struct{ v T }

var sink any

func newT[T any]() *T {
	return new(T) // ERROR "new\(<node DYNAMICTYPE>\) escapes to heap$"
}

func newG[T any]() {
	sink = new(G[T]) // ERROR "new\(<node DYNAMICTYPE>\) escapes to heap$"
	p := new(int)    // ERROR "new\(int\) does not escape$"
	*p = 1
	q := new([]T) // ERROR "new\(<node DYNAMICTYPE>\) does not escape$"
	_ = q
	type L struct{ n int }
	sink = new(L)          // ERROR "new\(<node DYNAMICTYPE>\) escapes to heap$"
	sink = &G[T]{}         // ERROR "&G\[go\.shape\.string\]{} escapes to heap$"
	sink = &G[[]T]{}       // ERROR "&G\[go\.shape\.\[\]go\.shape\.string\]{} escapes to heap$"
	sink = make([]G[T], 3) // ERROR "make\(\[\]G\[go\.shape\.string\], 3\) escapes to heap$"
}

func use() {
	_ = newT[int]()
	newG[string]()
}
