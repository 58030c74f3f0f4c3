// errorcheck

// Types: invalid embedded fields (pointer to interface, pointer to pointer).

package p

type I interface{ M() }

type T struct {
	*I // ERROR "embedded field type cannot be a pointer to an interface$"
}

type P *int

type U struct {
	P // ERROR "embedded field type cannot be a pointer$"
}
