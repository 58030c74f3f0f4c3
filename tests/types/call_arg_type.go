// errorcheck

// Types: arguments of the wrong type.

package p

func g(a int, b string) {}

func f() {
	g("x", 1) // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to g$" "cannot use 1 \(untyped int constant\) as string value in argument to g$"
	var p *int
	g(p, "y") // ERROR "cannot use p \(variable of type \*int\) as int value in argument to g$"
}
