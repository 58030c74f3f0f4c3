// errorcheck

// Types: bare returns with a shadowed named result, return counts, and
// functions that need a terminating statement (a for with a break, a
// switch without default, a select with a break).

package p

func g() (a, b int) {
	return 1 // ERROR "not enough return values"
}

func h() {
	return 1 // ERROR "too many return values"
}

func ret2(x int) (r int) {
	{
		r := 2
		_ = r
		return // ERROR "result parameter r not in scope at return"
	}
}

func ret1() int {
	for {
		break
	}
} // ERROR "missing return$"

func ret3(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return$"

func ret4(c chan int) int {
	select {
	case <-c:
		break
	}
} // ERROR "missing return$"
