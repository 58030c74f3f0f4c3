// errorcheck

// Types: array literal out of bounds, negative array length, mismatched array types (c, with [...] and indices, is valid).

package p

var a = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)$"
var b [-1]int           // ERROR "invalid array length -1 \(untyped int constant\)$"
var c = [...]int{5: 1, 2, 3}
var d [3]int = [4]int{} // ERROR "cannot use \[4\]int\{\} \(value of type \[4\]int\) as \[3\]int value in variable declaration$"
