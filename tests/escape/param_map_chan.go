// errorcheck -0 -m -l

// Rule: map and channel params: reading/sending a non-pointer does not make them escape.

package p

func f(m map[string]int, c chan int) int { // ERROR "m does not escape$" "c does not escape$"
	c <- m["a"]
	return len(m)
}
