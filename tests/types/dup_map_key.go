// errorcheck

// Types: duplicate keys in map and indices in array/slice composite literals.

package p

var m = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key .a. in map literal$"

var s = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal$"

// Interface keys: a duplicate needs the same value and the same type.
var mi = map[interface{}]int{1: 1, int64(1): 2, "1": 3, 1: 4} // ERROR "duplicate key 1 in map literal$"
