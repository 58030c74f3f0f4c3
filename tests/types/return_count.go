// errorcheck

// Types: wrong number of return values.

package p

func f() (int, string) {
	return 1 // ERROR "not enough return values"
}

func g() {
	return 1 // ERROR "too many return values"
}

func h() int {
	return // ERROR "not enough return values"
}
