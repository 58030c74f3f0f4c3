// Command astdump prints the syntax tree that go/parser builds for each Go
// file, in the text form of docs/ast-dump.md, so goesc's `parse -dump` can be
// compared with it line for line.
//
//	astdump [-files LIST] FILE...
//	    print the dump of each file (exit 1 if any has syntax errors)
//	astdump -compare [-detail N] [-files LIST] FILE...
//	    read goesc's dump stream of the same files from stdin and compare it
//	    with ours, file by file; exit 1 if anything differs
//	astdump -kinds
//	    print the table of kinds and fields of docs/ast-dump.md as the
//	    reflection walk sees it
//
// The dump is a generic reflection walk over go/ast nodes, so it follows
// go/ast's declaration order by construction: for each node, its scalar
// fields (token.Pos, token.Token, string, bool, ast.ChanDir) in declaration
// order on the node's line, then its node-valued fields (pointers,
// interfaces, slices of them) as child lines in declaration order. A field
// of an unexpected type stops the program, so a change in go/ast cannot
// slip through unnoticed.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"reflect"
	"strconv"
	"strings"
)

// skipped lists the fields the dump never prints (docs/ast-dump.md).
var skipped = map[string]bool{"Obj": true, "Scope": true, "Doc": true, "Comment": true}

// skippedFile lists the further fields of ast.File that are not printed.
var skippedFile = map[string]bool{
	"FileStart": true, "FileEnd": true, "Imports": true,
	"Unresolved": true, "Comments": true, "GoVersion": true,
}

type fieldKind int

const (
	fPos     fieldKind = iota // token.Pos: LINE:COL or -
	fTok                      // token.Token: String()
	fStr                      // string: strconv.QuoteToASCII
	fBool                     // bool: true / false
	fChanDir                  // ast.ChanDir: integer
	fNode                     // pointer or interface: one child line
	fList                     // slice: one child line per element
)

type field struct {
	name  string
	index int
	kind  fieldKind
}

// plan is what the walk does with one struct type: its kind name, its
// scalars and its children, each in declaration order.
type plan struct {
	name     string
	scalars  []field
	children []field
}

var (
	posType     = reflect.TypeOf(token.NoPos)
	tokType     = reflect.TypeOf(token.ILLEGAL)
	chanDirType = reflect.TypeOf(ast.SEND)
	fileType    = reflect.TypeOf(ast.File{})
	plans       = map[reflect.Type]*plan{}
)

func planOf(t reflect.Type) *plan {
	if p := plans[t]; p != nil {
		return p
	}
	p := &plan{name: t.Name()}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if skipped[sf.Name] || (t == fileType && skippedFile[sf.Name]) {
			continue
		}
		f := field{name: sf.Name, index: i}
		switch ft := sf.Type; {
		case ft == posType:
			f.kind = fPos
		case ft == tokType:
			f.kind = fTok
		case ft == chanDirType:
			f.kind = fChanDir
		case ft == reflect.TypeOf(""):
			f.kind = fStr
		case ft == reflect.TypeOf(false):
			f.kind = fBool
		case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Struct,
			ft.Kind() == reflect.Interface:
			f.kind = fNode
		case ft.Kind() == reflect.Slice &&
			(ft.Elem().Kind() == reflect.Interface ||
				ft.Elem().Kind() == reflect.Pointer && ft.Elem().Elem().Kind() == reflect.Struct):
			f.kind = fList
		default:
			panic(fmt.Sprintf("astdump: field %s.%s has unexpected type %s", t.Name(), sf.Name, ft))
		}
		if f.kind == fNode || f.kind == fList {
			p.children = append(p.children, f)
		} else {
			p.scalars = append(p.scalars, f)
		}
	}
	plans[t] = p
	return p
}

// dumper appends the dump of files to buf.
type dumper struct {
	fset *token.FileSet
	buf  []byte
}

func (d *dumper) pos(p token.Pos) {
	if !p.IsValid() {
		d.buf = append(d.buf, '-')
		return
	}
	pp := d.fset.PositionFor(p, false)
	d.buf = strconv.AppendInt(d.buf, int64(pp.Line), 10)
	d.buf = append(d.buf, ':')
	d.buf = strconv.AppendInt(d.buf, int64(pp.Column), 10)
}

// node prints v (a pointer or interface holding a node) at depth with
// label (already formatted; empty for the root). Nil values print nothing.
func (d *dumper) node(v reflect.Value, depth int, label string, idx int) {
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	p := planOf(v.Type())
	for i := 0; i < depth; i++ {
		d.buf = append(d.buf, ' ', ' ')
	}
	if label != "" {
		d.buf = append(d.buf, label...)
		if idx >= 0 {
			d.buf = append(d.buf, '[')
			d.buf = strconv.AppendInt(d.buf, int64(idx), 10)
			d.buf = append(d.buf, ']')
		}
		d.buf = append(d.buf, ':', ' ')
	}
	d.buf = append(d.buf, p.name...)
	for _, f := range p.scalars {
		d.buf = append(d.buf, ' ')
		d.buf = append(d.buf, f.name...)
		d.buf = append(d.buf, '=')
		fv := v.Field(f.index)
		switch f.kind {
		case fPos:
			d.pos(token.Pos(fv.Int()))
		case fTok:
			d.buf = append(d.buf, token.Token(fv.Int()).String()...)
		case fStr:
			d.buf = strconv.AppendQuoteToASCII(d.buf, fv.String())
		case fBool:
			d.buf = strconv.AppendBool(d.buf, fv.Bool())
		case fChanDir:
			d.buf = strconv.AppendInt(d.buf, fv.Int(), 10)
		}
	}
	d.buf = append(d.buf, '\n')
	for _, f := range p.children {
		fv := v.Field(f.index)
		if f.kind == fNode {
			d.node(fv, depth+1, f.name, -1)
			continue
		}
		for i := 0; i < fv.Len(); i++ {
			d.node(fv.Index(i), depth+1, f.name, i)
		}
	}
}

// file appends the dump of path to d.buf: the header line, then the tree
// unless the file has syntax errors, which it returns.
func (d *dumper) file(path string) error {
	d.buf = append(d.buf, "## "...)
	d.buf = append(d.buf, path...)
	d.buf = append(d.buf, '\n')
	f, err := parser.ParseFile(d.fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		return err
	}
	d.node(reflect.ValueOf(f), 0, "", -1)
	return nil
}

func printErr(path string, err error) {
	if list, ok := err.(scanner.ErrorList); ok {
		for _, e := range list {
			fmt.Fprintln(os.Stderr, e)
		}
		return
	}
	fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
}

func dumpAll(paths []string) int {
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	d := &dumper{fset: token.NewFileSet()}
	status := 0
	for _, path := range paths {
		d.buf = d.buf[:0]
		if err := d.file(path); err != nil {
			printErr(path, err)
			status = 1
		}
		out.Write(d.buf)
		d.fset = token.NewFileSet() // do not let the file set grow forever
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "astdump:", err)
		return 2
	}
	return status
}

// kinds prints the table of docs/ast-dump.md from the plans.
func kinds() {
	nodes := []any{
		ast.File{}, ast.Ident{}, ast.BasicLit{}, ast.Ellipsis{}, ast.FuncLit{},
		ast.CompositeLit{}, ast.ParenExpr{}, ast.SelectorExpr{}, ast.IndexExpr{},
		ast.IndexListExpr{}, ast.SliceExpr{}, ast.TypeAssertExpr{}, ast.CallExpr{},
		ast.StarExpr{}, ast.UnaryExpr{}, ast.BinaryExpr{}, ast.KeyValueExpr{},
		ast.ArrayType{}, ast.StructType{}, ast.FuncType{}, ast.InterfaceType{},
		ast.MapType{}, ast.ChanType{}, ast.Field{}, ast.FieldList{},
		ast.BadExpr{}, ast.BadStmt{}, ast.BadDecl{}, ast.DeclStmt{},
		ast.EmptyStmt{}, ast.LabeledStmt{}, ast.ExprStmt{}, ast.SendStmt{},
		ast.IncDecStmt{}, ast.AssignStmt{}, ast.GoStmt{}, ast.DeferStmt{},
		ast.ReturnStmt{}, ast.BranchStmt{}, ast.BlockStmt{}, ast.IfStmt{},
		ast.CaseClause{}, ast.SwitchStmt{}, ast.TypeSwitchStmt{}, ast.CommClause{},
		ast.SelectStmt{}, ast.ForStmt{}, ast.RangeStmt{}, ast.ImportSpec{},
		ast.ValueSpec{}, ast.TypeSpec{}, ast.GenDecl{}, ast.FuncDecl{},
	}
	fmt.Println("| kind | scalars | children |")
	fmt.Println("|---|---|---|")
	for _, n := range nodes {
		p := planOf(reflect.TypeOf(n))
		var s, c []string
		for _, f := range p.scalars {
			s = append(s, f.name)
		}
		for _, f := range p.children {
			if f.kind == fList {
				c = append(c, f.name+"[]")
			} else {
				c = append(c, f.name)
			}
		}
		fmt.Printf("| %s | %s | %s |\n", p.name, strings.Join(s, ", "), strings.Join(c, ", "))
	}
}

func readList(name string) ([]string, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, line := range strings.Split(string(data), "\n") {
		if line != "" {
			paths = append(paths, line)
		}
	}
	return paths, nil
}

func main() {
	compareMode := flag.Bool("compare", false, "compare goesc's dump stream on stdin with ours")
	detail := flag.Int("detail", 3, "with -compare: show this many differing files in full detail")
	list := flag.String("files", "", "read further file paths from `LIST`, one a line")
	kindsMode := flag.Bool("kinds", false, "print the table of kinds and fields")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: astdump [-compare [-detail N]] [-files LIST] FILE...\n       astdump -kinds")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *kindsMode {
		kinds()
		return
	}
	paths := flag.Args()
	if *list != "" {
		more, err := readList(*list)
		if err != nil {
			fmt.Fprintln(os.Stderr, "astdump:", err)
			os.Exit(2)
		}
		paths = append(paths, more...)
	}
	if *compareMode {
		os.Exit(compare(paths, os.Stdin, os.Stdout, *detail))
	}
	os.Exit(dumpAll(paths))
}
