// errorcheck

// Types: a malformed line directive before the first declaration ends
// gc's parse of the file (its parser returns no file when the package
// clause has errors): nothing after it is reported.

package p

/*line x.go:0*/ var a int = "s" // ERROR "invalid line number: 0$"

var b = )
