// errorcheck -0 -m -l

// Rule: appending &loopvar to an outer slice moves the per-iteration loop variable to heap.

package p

func f(xs []int) int { // ERROR "xs does not escape$"
	var ps []*int
	for _, v := range xs { // ERROR "moved to heap: v$"
		ps = append(ps, &v) // ERROR "append does not escape$"
	}
	return len(ps)
}
