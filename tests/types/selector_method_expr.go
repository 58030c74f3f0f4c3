// errorcheck

// Types: selectors that find nothing, find two fields at the same depth,
// need a pointer receiver, go through a pointer to an interface, or name
// an unexported or missing package member; generic types in method
// expressions must be instantiated.

package p

import "strings"

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

type W struct{}

func (*W) Write(p []byte) (int, error) { return 0, nil }

type L[T any] struct{ v T }

func (l *L[T]) Get() T { return l.v }

type I interface{ M() }

func f(c C, ip *I) {
	_ = c.X // ERROR "ambiguous selector c\.X$"
	_ = c.x // ERROR "c\.x undefined \(type C has no field or method x\)$"
	_ = W.Write // ERROR "invalid method expression W\.Write \(needs pointer receiver \(\*W\)\.Write\)$"
	_ = L[int].Get // ERROR "invalid method expression L\[int\]\.Get \(needs pointer receiver \(\*L\[int\]\)\.Get\)$"
	_ = L.Get // ERROR "cannot use generic type L without instantiation$"
	ip.M() // ERROR "ip\.M undefined \(type \*I is pointer to interface, not interface\)$"
	_ = strings.builder // ERROR "undefined: strings\.builder \(but have Builder\)$"
	_ = strings.Nope // ERROR "undefined: strings\.Nope$"
}
