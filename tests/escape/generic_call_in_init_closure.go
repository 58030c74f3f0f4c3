// errorcheck -0 -m -l

// Rule: a call of a generic function inside a func literal of a package-level initialiser goes to its shaped instantiation like any other call, so what the instantiation keeps local stays local.

package p

type K struct{ d []byte }

func use[T any](x T, k *K) int { return len(k.d) }

func run(f func() int) int { return f() } // ERROR "f does not escape$"

var v = run(func() int { // ERROR "func literal does not escape$"
	k := &K{d: nil} // ERROR "&K{...} does not escape$"
	return use(1, k)
})
