package use2

import "example.com/m.x/lib2"

func A() int {
	l := lib2.NewList()
	_ = l
	return 1
}

func B() { lib2.Take(nil) }

func C(h *lib2.Holder) {}
