// errorcheck -0 -m -l

// Rule: make(chan) is not an escape-analysis allocation site (channels always live in the heap): no diagnostic, returned or not.

package p

func f() chan int {
	return make(chan int, 1)
}

func g() int {
	c := make(chan int, 1)
	c <- 1
	return <-c
}
