package lib

var Sink any

type Pair[K comparable, V any] struct{ K K; V V; n *int }

func (p *Pair[K, V]) Swap() { p.K, p.K = p.K, p.K; Sink = &p.V }
func (p Pair[K, V]) Get() V { return p.V }

type priv struct{ a, b int }

func Id[T any](x T) T {
	Sink = &x
	y := []T{x}
	y[0], y[0] = y[0], y[0]
	f := func() T { return x }
	Sink = f
	return x
}

func Use() { Id(1); Id(priv{}) }

func Leak[T any](p *T) *T { return p }
