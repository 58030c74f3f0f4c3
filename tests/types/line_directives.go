// errorcheck

// Types: line directives move errors to the lines they name (the harness
// matches the reported line); a malformed one is an error at its bad
// number, in the position base before it, and checking goes on.

package p

var ok int /*line line_directives.go:0*/ // ERROR "invalid line number: 0$"

var c = 1 /*line line_directives.go:x*/ // ERROR "invalid line number: x$"
var e = 2 /*line line_directives.go:3:0*/ // ERROR "invalid column number: 0$"

//line line_directives.go:30
var a int = "s"

//line line_directives.go:31:1
var b int = /*line :32:9*/ "t"
//line other.go:5
var d int = "u" // another file: the harness drops its error
//line line_directives.go:22

// The errors of a and b, reported at the lines their directives name:






// ERROR "cannot use \x22s\x22 \(untyped string constant\) as int value in variable declaration$"

// ERROR "cannot use \x22t\x22 \(untyped string constant\) as int value in variable declaration$"
