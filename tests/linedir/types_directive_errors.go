// Malformed line directives after the first declaration are errors at
// the bad number; the file is still type-checked, and a valid directive
// on the same line keeps applying.

package p

var ok int

//line foo.go:0
var a int = "s"

//line foo.go:10:0
//line foo.go:x
//line :
/*line foo.go:5*/ /*line bar.go:x*/ var b int = "t"
