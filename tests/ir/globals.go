// Package-level initialisers (tests/check-ir input).

package p

import "fmt"

type G struct{ p *int }

var (
	g1 = &G{}
	g2 = fmt.Sprint(1)
	g3 = func() *G { return &G{} }
	g4 = []*G{{}, {}}
	g5 = map[string]*G{"a": {}}
	g6 any = 5
	g7, g8 = two()
	g9 = newG()
)

var sink any

func two() (*G, error) { return nil, nil }

func newG() *G {
	x := 1
	return &G{&x}
}

func init() {
	sink = g1
	sink = func() int { return 1 }
}

func init() {
	sink = &G{}
}
