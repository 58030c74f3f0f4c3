// errorcheck -0 -m -l

// Rule: slicing a local array used only locally keeps it on the stack.

package p

func f() int {
	var a [4]int
	s := a[1:]
	return len(s)
}
