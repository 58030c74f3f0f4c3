// errorcheck

// Types: struct literals naming promoted fields (go1.27): duplicates between an embedded field and the fields it promotes, pointer indirection.

package p

type T struct{ a, b int }

type E struct {
	T
	c int
}

type P struct{ *T }

var x = E{a: 1, c: 2}
var y = E{T: T{}, a: 1} // ERROR "cannot specify promoted field a and enclosing embedded field T$"
var z = E{a: 1, T: T{}} // ERROR "cannot specify embedded field T and enclosed promoted field a$"
var w = E{a: 1, a: 2}   // ERROR "duplicate field name a in struct literal$"
var v = P{a: 1}         // ERROR "invalid implicit pointer indirection to reach a$"
