// Statements, including the composite-literal / block ambiguity.
package stmts

import (
	"fmt"
	m "math"
	. "strings"
	_ "unsafe"
)

type T struct{ a, b int }

func f(x interface{}, c chan int) (err error) {
	if v := (T{1, 2}); v.a == 1 {
	} else if x == nil {
	} else {
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for range 3 {
	}
	for k, v := range map[string]int{"a": 1} {
		_, _ = k, v
	}
	for {
		break
	}
	switch y := x.(type) {
	case nil, int:
		fmt.Println(y)
		fallthrough
	default:
	}
	switch {
	case m.Pi > 3:
	}
	select {
	case v, ok := <-c:
		_, _ = v, ok
	case c <- 1:
	default:
	}
L:
	for x := range c {
		if x > 0 {
			break L
		}
		goto L
	}
	go func() {}()
	defer func(a ...int) {}(1, 2)
	var (
		a = 1
		b int
	)
	const k, l = iota, "s"
	a, b = b, a
	a <<= 2
	b++
	c <- <-c
	_ = []int{1, 2: 3}
	_ = [...]string{'a': "x"}
	_ = &T{a: 1}
	_ = func() int { return 1 }()
	_ = (*T).String
	_ = x.(fmt.Stringer)
	_ = -a + ^b*2 &^ 3
	_ = !true || false && 1 < 2
	_ = HasPrefix("a", "b")
	return nil
}

func (T) String() string { return "" }

func empty() {
	;
}

func label() {
A:
}
