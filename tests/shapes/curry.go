// Function values and method values in shaped bodies become wrapper closures
// (F[...].funcN); constraints with type terms keep pointer shapes.
// 
package p

var sink any

type S struct{ n int }

func (s *S) M() int { return s.n }

type Num interface{ ~int | ~int64 }

func G[T any](x T) T { return x }

type I interface{ M() int }

func F[T any, P interface{ *T; M() int }](x T) {
	f := G[T]          // func value of a generic instantiation with derived targs
	sink = f
	g := G[int]        // non-derived
	sink = g
	var p P = &x
	m := p.M           // method value on a type param
	sink = m
	sink = func() int { return p.M() }
	sink = P.M         // method expression on type param
	var i any = p
	q := i.(P)         // assertion to type param
	sink = q
	switch i.(type) {
	case P:
		sink = 1
	}
}

func use() { F[S](S{}) }
