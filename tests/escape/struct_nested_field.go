// errorcheck -0 -m -l

// Rule: a nested field load through two pointers leaks at level=2.

package p

type In struct{ p *int }
type Out struct{ in *In }

func f(o *Out) *int { // ERROR "leaking param: o to result ~r0 level=2$"
	return o.in.p
}
