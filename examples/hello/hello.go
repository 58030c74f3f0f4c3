// Package hello is goesc's bundled example: a few functions whose values
// stay on the stack or move to the heap for different reasons.
package hello

import "fmt"

type point struct{ x, y int }

// newPoint returns a pointer to a local: p is moved to the heap.
func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

// sum keeps everything on the stack.
func sum(ps []point) int {
	t := 0
	for _, p := range ps {
		t += p.x + p.y
	}
	return t
}

// describe converts its argument to an interface for fmt: it escapes.
func describe(p *point) string {
	return fmt.Sprint(p.x, ",", p.y)
}

// keep stores its argument in a global: the parameter leaks.
var kept []*point

func keep(p *point) { kept = append(kept, p) }

func Demo() string {
	buf := make([]point, 8)
	for i := range buf {
		buf[i] = point{i, i}
	}
	q := newPoint(1, 2)
	keep(q)
	return describe(q) + fmt.Sprint(sum(buf))
}
