// errorcheck -0 -m -l

// Rule: arguments to fmt.Println escape via the ... slice of interfaces.

package p

import "fmt"

func f(x int, s string) { // ERROR "leaking param: s$"
	fmt.Println(x, s) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "s escapes to heap$"
}
