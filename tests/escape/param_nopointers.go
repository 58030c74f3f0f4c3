// errorcheck -0 -m -l

// Rule: parameters without pointers get no diagnostics.

package p

var g int

func f(a int, b [4]int, c struct{ x, y float64 }) {
	g = a + b[0] + int(c.x)
}
