// Command typeops answers the questions of queries.txt about package p
// (p.go.txt) with go/types, one line per question, in the form the types
// core of goesc prints them (tests/unit/typeops_test.c --oracle).
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strings"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: typeops p.go.txt queries.txt")
		os.Exit(2)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, os.Args[1], nil, 0)
	check(err)
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, nil)
	check(err)
	pfile = f
	q, err := os.Open(os.Args[2])
	check(err)
	sc := bufio.NewScanner(q)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		fmt.Println(answer(fset, pkg, strings.Fields(line)))
	}
}

var pfile *ast.File

// infer type-checks package p again with one more file holding the call
// F(args) (an argument v:T stands for a value of type T) and reports the
// type arguments go/types inferred (even if they fail verification
// later), or else the kind of inference error.
func infer(q []string) string {
	var args []string
	for _, a := range q[2:] {
		if strings.HasPrefix(a, "v:") {
			a = "*new(" + a[2:] + ")"
		}
		args = append(args, a)
	}
	src := "package p\nfunc _() { " + q[1] + "(" + strings.Join(args, ", ") + ") }\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	check(err)
	var first error
	info := &types.Info{Instances: map[*ast.Ident]types.Instance{}}
	conf := types.Config{Importer: importer.Default(), Error: func(err error) {
		if first == nil {
			first = err
		}
	}}
	pf, err := parser.ParseFile(fset, "p0.go", srcOf(), 0)
	check(err)
	conf.Check("p", fset, []*ast.File{pf, f}, info)
	for id, inst := range info.Instances {
		if id.Name == q[1] && fset.Position(id.Pos()).Filename == "p.go" {
			var list []string
			for i := 0; i < inst.TypeArgs.Len(); i++ {
				list = append(list, types.TypeString(inst.TypeArgs.At(i), nil))
			}
			return "[" + strings.Join(list, ", ") + "]"
		}
	}
	if first != nil {
		msg := first.Error()
		for _, k := range []struct{ pat, kind string }{
			{"mismatched types", "untyped"}, {"cannot infer", "cannot-infer"},
			{"does not match", "arg"}, {"does not satisfy", "satisfy"}, {"cannot use", "assign"},
		} {
			if strings.Contains(msg, k.pat) {
				return "error " + k.kind
			}
		}
		return "error " + msg
	}
	return "no instance"
}

var pSource []byte

func srcOf() []byte {
	if pSource == nil {
		b, err := os.ReadFile(os.Args[1])
		check(err)
		pSource = b
	}
	return pSource
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func typ(fset *token.FileSet, pkg *types.Package, expr string) types.Type {
	tv, err := types.Eval(fset, pkg, token.NoPos, expr)
	check(err)
	return tv.Type
}

func path(idx []int) string {
	s := fmt.Sprint(idx)
	return strings.ReplaceAll(s, " ", ",")
}

func answer(fset *token.FileSet, pkg *types.Package, q []string) string {
	T := func(i int) types.Type { return typ(fset, pkg, q[i]) }
	head := strings.Join(q, " ") + ":"
	switch q[0] {
	case "mset":
		ms := types.NewMethodSet(T(1))
		var b strings.Builder
		b.WriteString(head)
		for i := 0; i < ms.Len(); i++ {
			s := ms.At(i)
			fmt.Fprintf(&b, " %s%s", s.Obj().Name(), path(s.Index()))
			if s.Indirect() {
				b.WriteString("*")
			}
			fmt.Fprintf(&b, "=%s", types.TypeString(s.Obj().Type(), nil))
		}
		return b.String()
	case "lookup":
		obj, idx, ind := types.LookupFieldOrMethod(T(1), len(q) > 3, pkg, q[2])
		name := "<nil>"
		if obj != nil {
			name = obj.Name() + "=" + types.TypeString(obj.Type(), nil)
		}
		return fmt.Sprintf("%s %s %s %v", head, name, path(idx), ind)
	case "tset":
		it := T(1).Underlying().(*types.Interface)
		var b strings.Builder
		fmt.Fprintf(&b, "%s comparable=%v methodset=%v", head, it.IsComparable(), it.IsMethodSet())
		for i := 0; i < it.NumMethods(); i++ {
			fmt.Fprintf(&b, " %s", it.Method(i).Id())
		}
		return b.String()
	case "comparable":
		return fmt.Sprintf("%s %v", head, types.Comparable(T(1)))
	case "implements":
		V, I := T(1), T(2).Underlying().(*types.Interface)
		m, wrong := types.MissingMethod(V, I, true)
		miss := "<nil>"
		if m != nil {
			miss = m.Name()
		}
		return fmt.Sprintf("%s implements=%v satisfies=%v missing=%s wrong=%v", head,
			types.Implements(V, I), types.Satisfies(V, I), miss, wrong)
	case "under":
		return head + " " + types.TypeString(T(1).Underlying(), nil)
	case "unalias":
		return head + " " + types.TypeString(types.Unalias(T(1)), nil)
	case "infer":
		return head + " " + infer(q)
	case "identical":
		return fmt.Sprintf("%s %v", head, types.Identical(T(1), T(2)))
	case "identical-under":
		return fmt.Sprintf("%s %v", head, types.Identical(T(1).Underlying(), T(2).Underlying()))
	}
	check(fmt.Errorf("unknown question %q", q[0]))
	return ""
}
