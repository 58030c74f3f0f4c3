// errorcheck -0 -m -l

// Rule: reflect.ValueOf does not let its argument escape (its param tag says so): the interface conversion does not escape.

package p

import "reflect"

func f(x int) reflect.Kind {
	return reflect.ValueOf(x).Kind() // ERROR "x does not escape$"
}
