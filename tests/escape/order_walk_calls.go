// errorcheck -0 -m -l

// Rule: before walk, gc's order pass moves the value of every call that
// is not the statement itself into a temporary assigned just before the
// statement (nested calls first), so walk reports the bounds checks
// inside a call's arguments before the ones elsewhere in the statement:
// in set, b's index (column 14) comes before a's (column 3); in sum,
// the nested call's c, then b, then the left operand's a. The right
// operand of && is ordered in a block of its own, after the left one:
// in both, a, then c (in the call), then b.

package p

var a, b, c [8]int

func f(x int) int { return x }

func set(i uint) {
	a[i&7] = f(b[(i+1)&7]) // ERROR "index bounds check elided$"
}

func sum(i uint) int {
	return a[i&7] + f(b[(i+2)&7]+f(c[(i+3)&7])) // ERROR "index bounds check elided$"
}

func both(i uint) bool {
	return a[i&7] > 0 && b[(i+3)&7] > f(c[(i+4)&7]) // ERROR "index bounds check elided$"
}
