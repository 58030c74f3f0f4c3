// Command parsebench parses Go files with go/parser and prints nothing: the
// go/parser side of bench/parse, doing what `goesc parse FILE...` does.
//
//	parsebench [-files LIST] FILE...
//
// Each file is read from disk and parsed with parser.ParseFile(fset, path,
// nil, parser.SkipObjectResolution), the mode the astdump oracle uses.
// Syntax errors are counted (exit status 1), not printed, unless -v.
package main

import (
	"flag"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"strings"
)

func main() {
	list := flag.String("files", "", "read further file paths from `LIST`, one a line")
	verbose := flag.Bool("v", false, "print syntax errors and a count of files")
	flag.Parse()
	paths := flag.Args()
	if *list != "" {
		data, err := os.ReadFile(*list)
		if err != nil {
			fmt.Fprintln(os.Stderr, "parsebench:", err)
			os.Exit(2)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l != "" {
				paths = append(paths, l)
			}
		}
	}
	fset := token.NewFileSet()
	bad := 0
	for _, path := range paths {
		if _, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution); err != nil {
			bad++
			if *verbose {
				fmt.Fprintln(os.Stderr, err)
			}
		}
	}
	if *verbose {
		fmt.Fprintf(os.Stderr, "parsebench: %d files, %d with syntax errors\n", len(paths), bad)
	}
	if bad > 0 {
		os.Exit(1)
	}
}
