// errorcheck

// Types: unused variables inside closures and unused results of closures.

package p

func f() {
	g := func() {
		y := 2 // ERROR "declared and not used: y$"
	}
	g()
	func() int { return 1 } // ERROR "func\(\) int \{…\} \(value of type func\(\) int\) is not used$"
}
