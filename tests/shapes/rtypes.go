// Instantiated types whose methods are compiled: non-generic instances in
// non-generic code, derived types of a dictionary (locals, new, make).
// 
package p

var sink any

type T struct{ a int }
type List[X any] struct{ v X }

func F[X any](x X) { sink = x }

func use() {
	sink = &List[T]{}
	sink = &List[[]byte]{}
	sink = List[*T]{}
	sink = []List[rune]{}
	f := F[T]
	sink = f
	sink = F[T]
}

type List8[T any] struct{ v T }
func (l *List8[T]) Get() T { return l.v }

type Box8[T any] struct{ v T }
func (b Box8[T]) Get() T { return b.v }

type Cell8[T any] struct{ v T }
func (b Cell8[T]) Get() T { return b.v }

type Map8[T any] struct{ v T }
func (b Map8[T]) Get() T { return b.v }

func F8[T any](x T) {
	var l *List8[T]
	_ = l
	b := Box8[T]{x}
	b.Get()
	c := new(Cell8[T])
	sink = c.v
	m := make(map[int]Map8[T])
	_ = m
}

func use8() { F8(1) }
