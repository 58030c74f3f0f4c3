// errorcheck -0 -m -l

// Rule: storing one element of a slice into another element of the same slice is a self-assignment (side-effect-free indices), also for non-pointer elements.

package p

type T struct{ a []*int }

func f(t *T, i, j int) { // ERROR "t does not escape$"
	t.a[i] = t.a[j] // ERROR "f ignoring self-assignment in t\.a\[i\] = t\.a\[j\]$"
}

func g(s []int, i int) { // ERROR "s does not escape$"
	s[i] = s[i+1] // ERROR "g ignoring self-assignment in s\[i\] = s\[i \+ 1\]$"
}
