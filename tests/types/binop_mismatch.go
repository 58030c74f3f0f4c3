// errorcheck

// Types: binary operators with mismatched operand types.

package p

type MyInt int

func f(a int, b int64, c MyInt, s string) {
	_ = a + b   // ERROR "invalid operation: a \+ b \(mismatched types int and int64\)$"
	_ = a == c  // ERROR "invalid operation: a == c \(mismatched types int and MyInt\)$"
	_ = s + a   // ERROR "invalid operation: s \+ a \(mismatched types string and int\)$"
	_ = 1.5 + s // ERROR "invalid operation: 1\.5 \+ s \(mismatched types untyped float and string\)$"
}
