// errorcheck

// Types: assigning values of the wrong type.

package p

func f() {
	var i int
	var s string
	var p *int
	i = "x" // ERROR "cannot use .x. \(untyped string constant\) as int value in assignment$"
	s = 'c' // ERROR "cannot use 'c' \(untyped rune constant 99\) as string value in assignment$"
	p = &s  // ERROR "cannot use &s \(value of type \*string\) as \*int value in assignment$"
	i = 3.5 // ERROR "cannot use 3\.5 \(untyped float constant\) as int value in assignment \(truncated\)$"
	_, _, _ = i, s, p
}
