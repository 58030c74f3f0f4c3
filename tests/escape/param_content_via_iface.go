// errorcheck -0 -m -l

// Rule: a slice param passed to fmt.Sprint: the slice header is copied into the interface box, so ps itself leaks (not just its content).

package p

import "fmt"

func f(ps []*int) string { // ERROR "leaking param: ps$"
	return fmt.Sprint(ps) // ERROR "\.\.\. argument does not escape$" "ps escapes to heap$"
}
