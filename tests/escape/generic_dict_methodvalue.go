// errorcheck -0 -m -l

// Rule: in a shaped body, a method value that needs the dictionary (a method of a type parameter, or a method of a generic type whose dictionary is a sub-dictionary) is a synthetic closure (gc's curry, a Wrapper): it prints nothing, while the user's closures around it still do.

package p

var sink any

type Cache[K any] struct{ n int }

func (c *Cache[K]) evict(k *K) { c.n++ }

func (c *Cache[K]) Get(k *K) {
	sink = c.evict
}

type Sizer interface{ Size() int }

func Val[H Sizer](h H) func() int {
	f := h.Size
	g := func() int { return 1 }           // ERROR "func literal escapes to heap$"
	return func() int { return f() + g() } // ERROR "func literal escapes to heap$"
}

type S struct{ x *int }

func (s S) Size() int { return *s.x } // ERROR "s does not escape$"

func use(c *Cache[int], k *int, s S) int { // ERROR "leaking param: c$" "k does not escape$" "leaking param: s$"
	c.Get(k)
	return Val(s)() + Val[Sizer](s)()
}
