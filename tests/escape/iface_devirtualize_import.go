// errorcheck -0 -m -l

// Rule: a devirtualization note names the receiver as the package being compiled sees it: a local stays unqualified even when the package imports others (here io).

package p

import "io"

type W struct{ n int }

func (w *W) Write(b []byte) (int, error) { // ERROR "w does not escape$" "b does not escape$"
	w.n += len(b)
	return len(b), nil
}

func f() int {
	var x W
	w := io.Writer(&x)
	w.Write(nil) // ERROR "devirtualizing w\.Write to \*W$"
	return x.n
}
