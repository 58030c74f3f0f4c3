// errorcheck

// Types: duplicate keys in map and indices in array/slice composite literals.

package p

var m = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key .a. in map literal$"

var s = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal$"
