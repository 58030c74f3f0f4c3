// errorcheck

// Types: builtin calls with arguments of the wrong kind or number (make,
// new, min/max, complex/real, copy, clear, panic/recover, unsafe).

package p

import "unsafe"

func f(p *int, m map[string]int) {
	_ = make(int) // ERROR "invalid argument: cannot make int: type must be slice, map, or channel$"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1$"
	_ = make([]int, 10, 5) // ERROR "invalid argument: length and capacity swapped$"
	_ = min(1, "a") // ERROR "invalid argument: mismatched types untyped int \(previous argument\) and untyped string \(type of .a.\)$"
	_ = max(p) // ERROR "invalid argument: p \(variable of type \*int\) cannot be ordered$"
	_ = complex(1, "a") // ERROR "invalid operation: complex\(1, .a.\) \(mismatched types untyped float and untyped string\)$"
	_ = real("a") // ERROR "invalid argument: argument has type untyped string, expected complex type$"
	_ = copy([]byte{}, []int{}) // ERROR "invalid copy: arguments \[\]byte\{\} \(value of type \[\]byte\) and \[\]int\{\} \(value of type \[\]int\) have different element types byte and int$"
	clear(1) // ERROR "invalid argument: cannot clear 1 \(untyped int constant\): argument must be \(or constrained by\) map or slice$"
	panic() // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)$"
	_ = recover(1) // ERROR "invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)$"
	_ = unsafe.Slice(p, -1) // ERROR "invalid argument: length -1 \(constant of type int\) must not be negative$"
	_ = unsafe.SliceData(p) // ERROR "invalid argument: p \(variable of type \*int\) is not a slice$"
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for built-in cap$"
}
