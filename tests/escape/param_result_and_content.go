// errorcheck -0 -m -l

// Rule: a param whose content reaches the heap and whose value reaches a result gets both lines.

package p

var g *int

func f(pp **int) **int { // ERROR "leaking param content: pp$" "leaking param: pp to result ~r0 level=0$"
	g = *pp
	return pp
}
