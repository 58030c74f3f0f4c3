// errorcheck

// Types: interface methods cannot have type parameters (methods of concrete types can, since Go 1.27).

package p

type T struct{}

func (T) M[U any](u U) U { return u }

type I interface {
	M[U any](U) U // ERROR "interface method must have no type parameters$" "undefined: U$"
}
