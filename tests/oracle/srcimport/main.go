// Command srcimport type-checks packages and all their dependencies from
// source with go/types' source importer (go/importer.ForCompiler(fset,
// "source", nil): go/build picks the files, go/parser parses them, go/types
// checks each package once, recording nothing), the way a Go tool without
// goesc would. bench/check times it beside `goesc check`.
//
// Usage: srcimport PATTERNS (expanded with `go list`). Prints type errors
// and exits 1 if any package fails to import.
package main

import (
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"strings"
)

func main() {
	args := append([]string{"list"}, os.Args[1:]...)
	out, err := exec.Command("go", args...).Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "srcimport: go list:", err)
		os.Exit(2)
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil).(types.ImporterFrom)
	failed := false
	for _, path := range strings.Fields(string(out)) {
		if _, err := imp.ImportFrom(path, "", 0); err != nil {
			fmt.Fprintln(os.Stderr, err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}
