// Order with package initialization (init first), methods of local types,
// init.N functions.
// 
package p

var sink any

func G[T any](x T) T { sink = &x; return x }

var v = G(1)

type T struct{}

func (T) M() { G("m") }

func a() { G(2.5) }

var w = func() int { return G(3) }()

func init() { G(int8(1)) }

func b() {}
