// Recursive instances: a type argument still being defined is not shapified
// (atomic.Pointer[G[go.shape.int]]).
// 
package p

import "sync/atomic"

type N struct{ x int }

var p atomic.Pointer[N]

func use() *N { return p.Load() }

type G[T any] struct{ q atomic.Pointer[T]; r atomic.Pointer[G[T]] }

func (g *G[T]) Get() *T { return g.q.Load() }

func use2() { var g G[int]; g.Get() }
