// errorcheck

// Types: impossible type assertions (the concrete type lacks a method of the interface).

package p

type I interface{ M() }

type T struct{}

func (*T) M() {}

type U struct{}

func f(i I) {
	_ = i.(T) // ERROR "impossible type assertion: i\.\(T\)"
	_ = i.(U) // ERROR "impossible type assertion: i\.\(U\)"
	_ = i.(*T)
}
