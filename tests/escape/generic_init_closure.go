// errorcheck -0 -m -l

// Rule: a closure in a package-level initialiser calling a generic function calls its shaped instantiation (analysed in the package), so its argument does not leak.

package p

type Key struct{ d []byte }

func Use[T any](k *Key, t T) int { return len(k.d) }

var f = func(k *Key) int { // ERROR "k does not escape$"
	return Use(k, 1)
}
