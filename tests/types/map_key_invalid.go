// errorcheck

// Types: invalid map key types.

package p

type K struct{ f func() }

var a map[[]int]int          // ERROR "invalid map key type \[\]int$"
var b map[K]bool             // ERROR "invalid map key type K$"
var c map[map[int]int]string // ERROR "invalid map key type map\[int\]int$"
