// errorcheck -0 -m -l

// Rule: s += t is not an allocation site in escape analysis (no "s + t" diagnostic); t flows into s, so both params leak.

package p

var g string

func f(s, t string) { // ERROR "leaking param: s$" "leaking param: t$"
	s += t
	g = s
}
