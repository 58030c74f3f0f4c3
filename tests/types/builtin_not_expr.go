// errorcheck

// Types: builtins used as values or with unused results.

package p

func f(s []int) {
	len(s)       // ERROR "len\(s\) \(value of type int\) is not used$"
	append(s, 1) // ERROR "append\(s, 1\) \(value of type \[\]int\) is not used$"
	g := len     // ERROR "len \(built-in\) must be called$"
	_ = g
}
