// errorcheck

// Types: invalid recursive types (a struct containing itself, an array of itself).

package p

type T struct { // ERROR "invalid recursive type: T refers to itself$"
	a int
	t T
}

type A [2]A // ERROR "invalid recursive type: A refers to itself$"

type B struct{ c C } // ERROR "invalid recursive type B\n\tLINE:6: B refers to C\n\tLINE+1:6: C refers to B$"
type C struct{ b B }
