// errorcheck

// Types: duplicate struct fields and duplicate methods.

package p

type T struct {
	a int
	a string // ERROR "a redeclared"
}

type U struct{}

func (U) M() {}
func (U) M() {} // ERROR "method U\.M already declared at dup_field\.go:14:10$"
