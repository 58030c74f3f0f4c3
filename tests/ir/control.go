// go/defer, loop variables, devirtualization, range over func (tests/check-ir input).

package p

import (
	"iter"
	"sync"
)

var sink any

type I interface{ M(*int) *int }

type T struct{ p *int }

func (t *T) M(p *int) *int { t.p = p; return p }

func goDefer(mu *sync.Mutex, i I, p *int, c chan int) {
	defer mu.Unlock()
	go i.M(p)
	defer close(c)
	defer func() { sink = p }()
	go func(x *int) { sink = x }(p)
	for j := range 3 {
		defer func() { sink = &j }()
	}
}

func loops(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		if i == 2 {
			continue
		}
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{1, 2} {
		sink = &v
	}
	return fs
}

func devirt(p *int) *int {
	var i I = &T{}
	return i.M(p)
}

func seq(yield func(*int) bool) {
	x := 0
	yield(&x)
}

func pairs(m map[string]*int) iter.Seq2[string, *int] {
	return func(yield func(string, *int) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

func rangeFunc(m map[string]*int) (*int, error) {
	t := 0
	for p := range seq {
		if *p > 3 {
			return p, nil
		}
		sink = &t
	}
outer:
	for k, v := range pairs(m) {
		for q := range seq {
			if q == v {
				continue outer
			}
			if k == "" {
				break outer
			}
		}
		defer func() { sink = v }()
	}
	return nil, nil
}
