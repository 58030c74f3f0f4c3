// errorcheck -0 -m -l

// Rule: go statements in a loop: the closure escapes and each iteration's captured variable moves to heap.

package p

func f(n int, done chan bool) { // ERROR "leaking param: done$"
	for i := 0; i < n; i++ {
		x := i * 2  // ERROR "moved to heap: x$"
		go func() { // ERROR "func literal escapes to heap$"
			x++
			done <- x > 0
		}()
	}
}
