// errorcheck -0 -m -l

// Rule: pointer receivers are params too: leaking or not escaping.

package p

type T struct{ n int }

var g *T

func (t *T) Get() int { return t.n } // ERROR "t does not escape$"

func (t *T) Save() { g = t } // ERROR "leaking param: t$"

func (t *T) Self() *T { return t } // ERROR "leaking param: t to result ~r0 level=0$"
