// errorcheck

// Types: sending on a receive-only channel, receiving from a send-only one, closing a receive-only one.

package p

func f(r <-chan int, s chan<- int) {
	r <- 1   // ERROR "invalid operation: cannot send to receive-only channel <-chan int r \(variable of type <-chan int\)$"
	_ = <-s  // ERROR "invalid operation: cannot receive from send-only channel chan<- int s \(variable of type chan<- int\)$"
	close(r) // ERROR "invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)$"
}
