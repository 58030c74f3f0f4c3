// errorcheck

// Types: typed constant arithmetic with mismatched or truncated values.

package p

const a int = 1
const b float64 = 2.5

const c = a + b   // ERROR "invalid operation: a \+ b \(mismatched types int and float64\)$"
const d int = 2.5 // ERROR "cannot use 2\.5 \(untyped float constant\) as int value in constant declaration \(truncated\)$"
const e = "s" + 1 // ERROR "invalid operation: .s. \+ 1 \(mismatched types untyped string and untyped int\)$"
