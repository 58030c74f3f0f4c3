// errorcheck -0 -m -l

// Rule: a struct literal (not &T{}) is not an allocation site: no diagnostic when assigned.

package p

type T struct{ a, b int }

func f() T {
	t := T{1, 2}
	return t
}
