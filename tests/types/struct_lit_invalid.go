// errorcheck

// Types: invalid struct literals (unknown field, mixed keyed and positional, too few values).

package p

type T struct{ a, b int }

var x = T{c: 1}    // ERROR "unknown field c in struct literal of type T$"
var y = T{a: 1, 2} // ERROR "mixture of field:value and value elements in struct literal$"
var z = T{1}       // ERROR "too few values in struct literal of type T$"
var w = T{1, 2, 3} // ERROR "too many values in struct literal of type T$"
