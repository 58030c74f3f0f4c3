// Type errors through line directives: gc's positions, positions inside
// messages (relative, then the absolute one in brackets), and gc's order
// (bases in the order their first error is reported, then by absolute
// position).

package p

func f() { var v int = "s"; _ = v }

//line gen.go:10
func g() { var v int = "s"; _ = v }

var w int = "t"

func h(x int) {
	switch x {
	default:
/*line gen.go:40:7*/ default:
	}
}

//line :20
var a int = "u"

var d int = /*line other.go:40:7*/ "x"

// types2 reports unused variables sorted by their base's file name: y's
// base is numbered first, so its error comes first.
//line zz.go:1
func unused() {
	x := 1
//line aa.go:70
	y := 2
}
