package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
)

// record is one line of the dump with its sort key.
type record struct {
	file, line, col int
	kind            int // 0 def, 1 use, 2 type, 3 inst
	endLine, endCol int
	text            string
}

type dumper struct {
	fset    *token.FileSet
	fileIdx map[string]int
	recs    []record
}

func dump(w *bufio.Writer, fset *token.FileSet, path string, files []*ast.File, info *types.Info) {
	d := &dumper{fset: fset, fileIdx: map[string]int{}}
	for i, f := range files {
		d.fileIdx[fset.File(f.Pos()).Name()] = i
	}
	for id, obj := range info.Defs {
		d.add(id.Pos(), token.NoPos, 0, "def "+id.Name+" "+objString(fset, obj))
	}
	for id, obj := range info.Uses {
		d.add(id.Pos(), token.NoPos, 1, "use "+id.Name+" "+objString(fset, obj))
	}
	for e, tv := range info.Types {
		d.add(e.Pos(), e.End(), 2, "type "+nodeKind(e)+" "+modeString(tv))
	}
	for id, inst := range info.Instances {
		var targs []string
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			targs = append(targs, types.TypeString(inst.TypeArgs.At(i), nil))
		}
		d.add(id.Pos(), token.NoPos, 3, "inst "+id.Name+" ["+strings.Join(targs, ", ")+"] "+types.TypeString(inst.Type, nil))
	}
	sort.Slice(d.recs, func(i, j int) bool { return d.recs[i].less(&d.recs[j]) })
	fmt.Fprintf(w, "## %s\n", path)
	for _, r := range d.recs {
		w.WriteString(r.text)
		w.WriteByte('\n')
	}
}

func (d *dumper) add(pos, end token.Pos, kind int, text string) {
	p := d.fset.PositionFor(pos, false)
	r := record{file: d.fileIdx[p.Filename], line: p.Line, col: p.Column, kind: kind}
	loc := fmt.Sprintf("%s:%d:%d", filepath.Base(p.Filename), p.Line, p.Column)
	if end.IsValid() {
		e := d.fset.PositionFor(end, false)
		r.endLine, r.endCol = e.Line, e.Column
		loc += fmt.Sprintf("-%d:%d", e.Line, e.Column)
	}
	r.text = loc + " " + text
	d.recs = append(d.recs, r)
}

func (a *record) less(b *record) bool {
	switch {
	case a.file != b.file:
		return a.file < b.file
	case a.line != b.line:
		return a.line < b.line
	case a.col != b.col:
		return a.col < b.col
	case a.kind != b.kind:
		return a.kind < b.kind
	case a.endLine != b.endLine:
		return a.endLine < b.endLine
	case a.endCol != b.endCol:
		return a.endCol < b.endCol
	}
	return a.text < b.text
}

func nodeKind(e ast.Expr) string {
	return reflect.TypeOf(e).Elem().Name()
}

func modeString(tv types.TypeAndValue) string {
	var mode string
	switch {
	case tv.IsVoid():
		mode = "void"
	case tv.IsType():
		mode = "type"
	case tv.IsBuiltin():
		mode = "builtin"
	case tv.IsNil():
		mode = "nil"
	case tv.Value != nil:
		mode = "const"
	case tv.Addressable():
		mode = "var"
	case tv.Assignable() && tv.HasOk():
		mode = "mapindex"
	case tv.HasOk():
		mode = "commaok"
	default:
		mode = "value"
	}
	s := mode + " " + typeString(tv.Type)
	if tv.Value != nil {
		s += " = " + tv.Value.String()
	}
	return s
}

func typeString(t types.Type) string {
	if t == nil {
		return "<nil>"
	}
	return types.TypeString(t, nil)
}

func objString(fset *token.FileSet, obj types.Object) string {
	if obj == nil {
		return "<nil>"
	}
	kind, typ := "", "-"
	switch o := obj.(type) {
	case *types.Var:
		kind = varKind(o)
	case *types.Func:
		kind = "func"
		if o.Signature().Recv() != nil {
			kind = "method"
		}
	case *types.Const:
		kind = "const"
	case *types.TypeName:
		kind = "type"
	case *types.PkgName:
		kind = "package"
	case *types.Label:
		kind = "label"
	case *types.Builtin:
		kind = "builtin"
	case *types.Nil:
		kind = "nil"
	}
	switch obj.(type) {
	case *types.PkgName, *types.Label, *types.Builtin:
	default:
		typ = typeString(obj.Type())
	}
	pkg := "-"
	if obj.Pkg() != nil {
		pkg = obj.Pkg().Path()
	}
	decl := "-"
	if obj.Pos().IsValid() {
		p := fset.PositionFor(obj.Pos(), false)
		decl = fmt.Sprintf("%s:%d:%d", filepath.Base(p.Filename), p.Line, p.Column)
	}
	s := kind + " " + pkg + "." + obj.Name() + " " + typ + " " + decl
	if c, ok := obj.(*types.Const); ok {
		s += " = " + c.Val().String()
	}
	return s
}

func varKind(v *types.Var) string {
	switch v.Kind() {
	case types.FieldVar:
		return "field"
	case types.RecvVar:
		return "recv"
	case types.ParamVar:
		return "param"
	case types.ResultVar:
		return "result"
	}
	return "var"
}
