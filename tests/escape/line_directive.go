// errorcheck -0 -m -l

// Rule: line directives move -m diagnostics to the lines they name (the
// harness matches the line printed); a block-comment directive applies
// from just after it, and a directive naming another file takes its
// diagnostics out of the harness's view.

package p

var sink interface{}

//line line_directive.go:30
func leak(x *int) { sink = x }
func heap() { y := 0; /*line line_directive.go:33*/ sink = &y }
func noLeak(x *int) int { return *x }
//line other.go:1
func elsewhere(x *int) { sink = x }
//line line_directive.go:19

// The diagnostics of leak, heap and noLeak, at the lines named above:









// ERROR "leaking param: x$"
// ERROR "moved to heap: y$"


// ERROR "x does not escape$"
