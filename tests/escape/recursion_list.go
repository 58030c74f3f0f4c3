// errorcheck -0 -m -l

// Rule: recursive list walk returning n or (recursively) n.next: the minimum derefs wins, so n leaks to the result at level=0.

package p

type Node struct{ next *Node }

func tail(n *Node) *Node { // ERROR "leaking param: n to result ~r0 level=0$"
	if n.next == nil {
		return n
	}
	return tail(n.next)
}
