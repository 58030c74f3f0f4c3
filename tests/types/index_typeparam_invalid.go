// errorcheck

// Types: index, slice and conversion errors on type parameter operands (no common underlying type, constant conversions that fail for a type of the set, constant index out of range, map keys).

package p

func f1[T ~[]int | string](t T) { _ = t[0] } // ERROR "cannot index t \(variable of type T constrained by ~\[\]int \| string\)$"

func f2[T interface{ ~[]int | ~[]int8 }](t T) { _ = t[0:1] } // ERROR "cannot slice t \(variable of type T constrained by interface\{~\[\]int \| ~\[\]int8\}\): \[\]int and \[\]int8 have different underlying types$"

func f3[T [4]int | [5]int](t T) int { return t[4] } // ERROR "invalid argument: index 4 out of bounds \[0:4\]$"

func f4[T int8 | int16](x T) T { return T(300) } // ERROR "cannot convert 300 \(untyped int value\) to type T: constant 300 overflows int8 \(in T\)$"

func f5[T int | float64](x T) T { return T(1.5) } // ERROR "cannot convert 1\.5 \(untyped float value\) to type T: cannot convert 1\.5 \(untyped float constant\) to type int \(in T\)$"

func f6[T ~string](t T) { _ = t[1:2:3] } // ERROR "invalid operation: 3-index slice of string$"

func f7[T ~map[string]int](t T) { _ = t[1] } // ERROR "cannot use 1 \(untyped int constant\) as string value in map index$"

func f8[T any](x T) int { return int(x) } // ERROR "cannot convert x \(variable of type T constrained by any\) to type int$"
