// errorcheck -0 -m -l

// Rule: a slice parameter only indexed and ranged over does not escape.

package p

func sum(s []int) int { // ERROR "s does not escape$"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}
