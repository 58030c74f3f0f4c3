//go:build ignore

// goparse.go: the go/parser side of bench/parse. Reads and parses every
// file named on the command line (SkipObjectResolution, as the oracle
// does) and prints the bytes, the time and MB/s.
package main

import (
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"time"
)

func main() {
	t := time.Now()
	n := 0
	for _, p := range os.Args[1:] {
		b, err := os.ReadFile(p)
		if err != nil {
			panic(err)
		}
		n += len(b)
		fset := token.NewFileSet()
		parser.ParseFile(fset, p, b, parser.SkipObjectResolution)
	}
	d := time.Since(t)
	fmt.Printf("%d bytes in %v: %.1f MB/s\n", n, d, float64(n)/d.Seconds()/1e6)
}
