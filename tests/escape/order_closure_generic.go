// errorcheck -0 -m -l

// Rule: a func literal in a shaped body always captures the dictionary
// parameter, so gc treats it as a closure even when it captures nothing
// else: walk compiles it right after G[go.shape.int] (line 15 before the
// literal's line 14), not on its own before it. G[go.shape.int] comes
// after the declared functions.

package p

var a [8]int

func G[T any](x T, i uint) int {
	f := func(j uint) int { return a[j&7] } // ERROR "func literal does not escape$" "index bounds check elided$"
	return f(i) + a[(i+1)&7]                // ERROR "index bounds check elided$"
}

func use(i uint) int {
	return G(1, i) + a[i&7] // ERROR "index bounds check elided$"
}

func last(i uint) int {
	return a[(i+3)&7] // ERROR "index bounds check elided$"
}
