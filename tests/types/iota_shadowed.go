// errorcheck

// Types: a local iota shadows the predeclared one; a constant using it is then not constant.

package p

func f() {
	iota := 5
	const c = iota // ERROR "iota \(variable of type int\) is not constant$"
	_ = c
}
