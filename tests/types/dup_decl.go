// errorcheck

// Types: duplicate declarations in package and function scope.

package p

var a int
var a string // ERROR "a redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

func g() {
	x := 1
	var x int // ERROR "x redeclared in this block"
	_ = x
}
