// errorcheck -0 -m -l

// Rule: a variadic slice stored by the callee makes "... argument" escape.

package p

var g []*int

func keep(ps ...*int) { g = ps } // ERROR "leaking param: ps$"

func f() {
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	keep(&a, &b) // ERROR "\.\.\. argument escapes to heap$"
}
