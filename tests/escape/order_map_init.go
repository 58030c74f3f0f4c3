// errorcheck -0 -m -l

// Rule: gc moves the initialiser of a package-level map variable into a
// function of its own (map.init.N, called from init) when its right-hand
// side has at least 20 IR nodes and no side effects (staticinit's
// OutlineMapInits). Analysed as callees of init, these come first, in
// initialisation order; smaller maps and maps built with calls stay in
// init. Nodes: the literal 1, each key: value 3 (OKEY and two operands),
// g+1 three. edge19 has 19 nodes and stays, edge20 has 20 and moves.

package p

var g = 1

func f() int { return 1 }

var small = map[int]int{1: 1} // ERROR "map\[int\]int{...} escapes to heap$"

var big = map[int]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7} // ERROR "map\[int\]int{...} escapes to heap$"

var edge19 = map[int]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6} // ERROR "map\[int\]int{...} escapes to heap$"

var edge20 = map[int]int{1: 1, 2: 2, 3: 3, 4: g + 1, 5: g + 2} // ERROR "map\[int\]int{...} escapes to heap$"

var withCall = map[int]int{1: f(), 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7} // ERROR "map\[int\]int{...} escapes to heap$"

func last(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}
