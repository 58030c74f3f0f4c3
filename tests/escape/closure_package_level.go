// errorcheck -0 -m -l

// Rule: a package-level func literal (glob..func1) is a static closure: no allocation diagnostic; its params are tagged as usual.

package p

var g = func(p *int) int { return *p } // ERROR "p does not escape$"
