// Link strings of exotic types: embedded pointer/alias/predeclared/blank
// fields, unsafe.Pointer, variadic funcs, chan directions, recursive structs,
// generic instances as arguments, interfaces with unexported and embedded
// methods, error, generic methods, local types (·N).
// 
package p

import "unsafe"

var sink any

type T struct{ n int }
type E struct{ *T; A; u unsafe.Pointer; f func(...int) (int, error); c <-chan chan<- int; m map[T][2]complex64 }
type A = int
type Rec struct{ next *Rec; l []Rec }
type Gen[X any] struct{ x X }
type Iface interface{ M(int) string; m() }
type Emb interface{ Iface; N() }

func Id[X any](x X) X { sink = &x; return x }

func (t T) M[X any](x X) X { sink = &x; return x }

func use() {
	Id(E{})
	Id(Rec{})
	Id(Gen[string]{})
	Id(Gen[T]{})
	Id(Iface(nil))
	Id(Emb(nil))
	Id(error(nil))
	Id(unsafe.Pointer(nil))
	Id(struct{}{})
	Id([0]int{})
	Id(complex(1, 2))
	Id(true)
	type L struct{ a int }
	Id(L{})
	Id(&L{})
	Id([]L{})
	var t T
	t.M(1)
	t.M(&t)
	Id(struct{ A; B int `x:"y"` }{})
	Id(struct{ _ int; int }{})
	Id(func(a, b int, c ...string) {})
}
