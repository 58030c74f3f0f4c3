// errorcheck -0 -m -l

// Rule: a uintptr param of a body-less function is assumed to be an unsafe uintptr.

package p

func sys(a uintptr, n int) // ERROR "assuming a is unsafe uintptr$"
