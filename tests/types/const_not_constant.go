// errorcheck

// Types: non-constant values in constant declarations and array lengths.

package p

func g() int { return 1 }

const c = g() // ERROR "g\(\) \(value of type int\) is not constant$"

func f(n int) {
	var a [n]int // ERROR "invalid array length n$"
	_ = a
}
