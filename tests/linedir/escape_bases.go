// Line directives in escape analysis output (-m -l): every form of
// directive, the names gc gives (relative to this file's directory,
// cleaned, "??" when empty), columns only after a directive with one.

package p

var sink interface{}

//line gen.go:100
func noCol(x *int) { sink = x }

//line gen.go:200:5
func withCol(x *int) { sink = x }

func sameLine(x *int) { /*line inline.go:300:7*/ sink = x; sink = &x }

//line :400
func emptyName(x *int) { sink = x }

//line :500:3
func emptyNameCol(x *int) { sink = x }

//line /abs/dir/q.go:600
func absolute(x *int) { sink = x }

//line sub/../r.go:700
func cleaned(x *int) { sink = x }

//line sub/s.go:800:1
func nested(x *int) *int {
	y := new(int)
	return y
}

//line back.go:50
func backwards(x *int) { sink = x }

  //line ignored.go:1
func notAtLineStart(x *int) { sink = x }

/*line block.go:900*/ func block(x *int) { sink = x }

/*line multi.go
:950*/ func multiLine(x *int) { sink = x }

func wide(x *int) { /*line wide.go:1:1*/                                                                                                                                                                                                                                       sink = x; sink = &x }
