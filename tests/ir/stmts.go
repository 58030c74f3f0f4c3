// Statements, temporaries and closure shapes (tests/check-ir input).

package p

var sink any

type S struct{ p *int }

func ranges(xs []*int, m map[string]*int, c chan *int, s string, n int) {
	for i, x := range xs {
		sink = &i
		sink = x
	}
	for k, v := range m {
		sink = k
		sink = v
	}
	for v := range c {
		sink = v
	}
	for i, r := range s {
		sink = i + int(r)
	}
	for i := range n {
		sink = &i
	}
	for i := 0; i < n; i++ {
		sink = &i
		func() { sink = i }()
	}
	var k string
	for k = range m {
	}
	sink = k
}

func switches(x any, n int) {
	switch v := x.(type) {
	case int, string:
		sink = v
	case *S:
		sink = &v
	case nil:
	default:
		sink = v
	}
	switch n {
	case 1, 2:
		sink = &n
	default:
	}
	switch {
	case n > 3:
		sink = n
	}
	switch x {
	case 1:
		sink = x
	}
	switch 2 {
	case 1:
		sink = 1
	case 2:
		sink = 2
	}
}

func selects(c chan *int, d chan any) {
	var p *int
	var y any
	select {
	case v := <-c:
		sink = v
	case v, ok := <-c:
		sink, sink = v, ok
	case p = <-c:
	case y = <-c:
	case c <- p:
	default:
	}
	sink = y
}

func labels(n int) {
outer:
	for i := 0; i < n; i++ {
		for j := range n {
			if j > i {
				continue outer
			}
			if j == 3 {
				break outer
			}
			sink = &j
		}
	}
	goto end
end:
	if n := n * 2; n > 3 {
		sink = n
	} else if false {
		sink = 1
	}
	if true {
		return
	}
	sink = 2
}

func assigns(a, b *int, m map[int]*int, x any) {
	a, b = b, a
	v, ok := m[1]
	w, ok2 := x.(*int)
	var z, y = m[2]
	m[3] = a
	*m[4] += 0 * *b
	*a++
	var q int
	var r = &q
	sink, sink, sink, sink, sink, sink, sink = v, ok, w, ok2, z, y, r
}

func closures(n int) func() int {
	x := 0
	f := func() int {
		x++
		g := func() int { return n + x }
		return g()
	}
	h := func(k int) { sink = &k }
	h(n)
	defer func() { sink = n }()
	return f
}

type Q struct{ mu []int }

func (q *Q) method(n int) {
	f := func() { q.mu = append(q.mu, n) }
	f()
}
