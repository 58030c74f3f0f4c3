// errorcheck

// Types: comparing slices, maps and funcs (only with nil) and structs containing them.

package p

type S struct{ s []int }

func f(a, b []int, m map[int]int, fn func(), x, y S) {
	_ = a == b   // ERROR "invalid operation: a == b \(slice can only be compared to nil\)$"
	_ = m == m   // ERROR "invalid operation: m == m \(map can only be compared to nil\)$"
	_ = fn != fn // ERROR "invalid operation: fn != fn \(func can only be compared to nil\)$"
	_ = x == y   // ERROR "invalid operation: x == y \(struct containing \[\]int cannot be compared\)$"
}
