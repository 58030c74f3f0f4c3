// errorcheck

// Types: initialization cycles between package-level variables and functions.
// The cycle is listed on continuation lines that carry columns even under -C;
// LINE in a regexp becomes "init_cycle.go:N".

package p

var a = b + 1 // ERROR "initialization cycle for a\n\tLINE:5: a refers to b\n\tLINE+1:5: b refers to c\n\tLINE+3:6: c refers to a$"
var b = c()

func c() int { return a }

var x = x // ERROR "initialization cycle: x refers to itself$"
