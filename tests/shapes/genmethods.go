// Generic methods (Go 1.27): only shaped instantiations, method values are closures.
// 
package p

var sink any

type T struct{ n int }
type G[X any] struct{ x X }

func (t *T) M[Y any](y Y) { sink = &y }
func (g *G[X]) N[Y any](y Y) X { sink = &y; return g.x }
func (g *G[X]) Plain() {}

func use() {
	var t T
	t.M(1)
	t.M("s")
	var g G[string]
	g.N(2.5)
	f := t.M[int8]
	f(1)
	h := (*G[int]).N[bool]
	_ = h
}
