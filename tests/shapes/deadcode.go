// Dead code gc's writer drops: constant conditions, code after return,
// panic and goto (but not before a later label).
// 
package p

const debug = false

var sink any

func Id[X any](x X) X { sink = &x; return x }

func a() {
	if debug {
		Id(1)
	}
	if debug && Id(true) {
		Id(2)
	} else {
		Id("kept")
	}
	if !debug || Id(2.5) > 0 {
		Id(int8(1))
	}
	for debug {
		Id(int16(1))
	}
	return
	Id(int32(1))
}

func b() int {
	panic("x")
	Id(int64(1))
	return 0
}

func c() {
	goto L
	Id(uint(1))
L:
	Id(uint8(1))
	if true {
		return
	}
	Id(uint16(1))
}
