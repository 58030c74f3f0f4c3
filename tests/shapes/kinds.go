// Shapes of type arguments of every kind: basic, named basic, structs (tags,
// embedded), pointers (basic constraint: *uint8; comparable: kept), slices,
// maps, channels, funcs, interfaces, arrays, byte/rune/uintptr.
// 
package p

type T struct{ a, b *int }
type S string
type I interface{ M() }
type P *int

var sink any

func Id[X any](x X) X { sink = &x; return x }

func Ptr[X any](x X) { sink = x }

func Cmp[X comparable](x X) { sink = x }

func Num[X ~int | ~int64](x X) { sink = x }

func use() {
	Id(1)
	Id("s")
	Id(S("s"))
	Id(T{})
	Id(&T{})
	Id(new(int))
	Id([]byte(nil))
	Id(map[string]int{})
	Id(I(nil))
	Id(any(nil))
	Id(P(nil))
	Ptr(&T{})
	Cmp(&T{})
	Num(3)
	Id(struct{ x int `json:"x"`; T }{})
	Id([3]*T{})
	Id(func(int) error { return nil })
	Id(make(chan<- int))
	Id(make(chan (<-chan int)))
	Id(rune(1))
	Id(byte(1))
	Id(uintptr(1))
}
