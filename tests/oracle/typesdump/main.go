// Command typesdump prints what go/types records for Go packages, in the
// form of docs/types-dump.md, so goesc's type checker can be compared with
// it line by line.
//
// Usage: typesdump [-dir DIR] [-nodump] PATTERNS
//
// It asks `go list -deps` for the packages and their files (so both tools
// check exactly the same files), parses them with go/parser, type-checks
// every package in dependency order with go/types (gc sizes for GOARCH,
// the language version of the package's module) and dumps the packages
// that PATTERNS name. With -nodump it only checks (bench/check).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

type listPkg struct {
	ImportPath string
	Dir        string
	GoFiles    []string
	ImportMap  map[string]string
	DepOnly    bool
	Standard   bool
	Module     *struct{ GoVersion string }
	Error      *struct{ Err string }
}

var (
	dir    = flag.String("dir", "", "run go list in this directory")
	nodump = flag.Bool("nodump", false, "check only: no dump")
)

func main() {
	flag.Parse()
	pkgs, err := goList(flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, "typesdump:", err)
		os.Exit(2)
	}
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer out.Flush()
	fset := token.NewFileSet()
	done := map[string]*types.Package{"unsafe": types.Unsafe}
	failed := false
	for _, lp := range pkgs {
		if lp.ImportPath == "unsafe" {
			continue
		}
		if lp.Error != nil {
			fmt.Fprintf(os.Stderr, "%s: %s\n", lp.ImportPath, lp.Error.Err)
			failed = true
			continue
		}
		files, info, pkg, errs := check(fset, lp, done)
		done[lp.ImportPath] = pkg
		for _, e := range errs {
			fmt.Fprintln(os.Stderr, e)
			failed = true
		}
		if !lp.DepOnly && !*nodump {
			dump(out, fset, lp.ImportPath, files, info)
		}
	}
	if failed {
		out.Flush()
		os.Exit(1)
	}
}

func goList(patterns []string) ([]*listPkg, error) {
	args := append([]string{"list", "-e", "-deps", "-json=ImportPath,Dir,GoFiles,ImportMap,DepOnly,Standard,Module,Error"}, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = *dir
	cmd.Stderr = os.Stderr
	data, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %v", err)
	}
	var pkgs []*listPkg
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		p := new(listPkg)
		if err := dec.Decode(p); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		pkgs = append(pkgs, p)
	}
	return pkgs, nil
}

type importer struct {
	done map[string]*types.Package
	imap map[string]string
}

func (im importer) Import(path string) (*types.Package, error) {
	if p, ok := im.imap[path]; ok {
		path = p
	}
	if p := im.done[path]; p != nil {
		return p, nil
	}
	return nil, fmt.Errorf("package %s not checked", path)
}

func check(fset *token.FileSet, lp *listPkg, done map[string]*types.Package) ([]*ast.File, *types.Info, *types.Package, []error) {
	var files []*ast.File
	var errs []error
	for _, name := range lp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(lp.Dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		files = append(files, f)
	}
	// With -nodump nothing reads the tables, so go/types records none,
	// as goesc check records none for packages it does not dump.
	info := &types.Info{}
	if !*nodump {
		info = &types.Info{
			Types:     map[ast.Expr]types.TypeAndValue{},
			Defs:      map[*ast.Ident]types.Object{},
			Uses:      map[*ast.Ident]types.Object{},
			Instances: map[*ast.Ident]types.Instance{},
		}
	}
	goarch := os.Getenv("GOARCH")
	if goarch == "" {
		goarch = "amd64"
	}
	conf := types.Config{
		Importer: importer{done, lp.ImportMap},
		Sizes:    types.SizesFor("gc", goarch),
		Error:    func(err error) { errs = append(errs, err) },
	}
	if lp.Module != nil && lp.Module.GoVersion != "" {
		conf.GoVersion = "go" + lp.Module.GoVersion
	}
	pkg, _ := conf.Check(lp.ImportPath, fset, files, info)
	return files, info, pkg, errs
}
