// errorcheck

// Types: constant overflow in typed constants and conversions.

package p

const big = 1 << 100

func f() {
	var b byte = 256  // ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)$"
	var i int32 = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int32 value in variable declaration \(overflows\)$"
	_ = int8(200)     // ERROR "constant 200 overflows int8$"
	var u uint = -1   // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)$"
	_, _, _ = b, i, u
}
