package use

import "example.com/m.x/lib.v2"

type Local struct{ s string }

func A() {
	lib.Id(1)
	lib.Id(Local{})
	var p lib.Pair[string, Local]
	p.Swap()
	var x int
	lib.Leak(&x)
}
