// Command escdiff compares two outputs of `-m` escape diagnostics in the
// form `go build -gcflags=-m` prints them (blocks headed "# import/path",
// then "file:line:col: message" lines): gc's and goesc's.
//
// For every package it counts the lines gc printed that goesc did not
// (missing) and the lines goesc printed that gc did not (extra), as
// multisets, and, when both hold the same lines, whether they come in the
// same order. Blocks may come in any order (go build runs packages in
// parallel); lines within a block are compared in order.
//
// Usage:
//
//	escdiff [-v] [-pkg path] [-top N] [-baseline FILE] [-update] GC.txt GOESC.txt
//
// -baseline FILE holds the totals a previous run accepted ("missing N",
// "extra N", "equal N" lines); escdiff fails when missing or extra grew or
// fewer packages are equal, and -update rewrites the file.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"

	"goesc.test/oracle/internal/blocks"
	"goesc.test/oracle/internal/ratchet"
)

type pkgDiff struct {
	path           string
	gc, ours       []string
	missing, extra []string
	orderDiffers   bool
}

// minus returns the lines of a not matched by a line of b (multisets),
// in a's order.
func minus(a, b []string) []string {
	count := map[string]int{}
	for _, l := range b {
		count[l]++
	}
	var out []string
	for _, l := range a {
		if count[l] > 0 {
			count[l]--
			continue
		}
		out = append(out, l)
	}
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func compare(gc, ours map[string][]string) []*pkgDiff {
	paths := map[string]bool{}
	for p := range gc {
		paths[p] = true
	}
	for p := range ours {
		paths[p] = true
	}
	var out []*pkgDiff
	for p := range paths {
		d := &pkgDiff{path: p, gc: gc[p], ours: ours[p]}
		d.missing = minus(d.gc, d.ours)
		d.extra = minus(d.ours, d.gc)
		d.orderDiffers = len(d.missing) == 0 && len(d.extra) == 0 && !equal(d.gc, d.ours)
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		na, nb := len(a.missing)+len(a.extra), len(b.missing)+len(b.extra)
		if na != nb {
			return na > nb
		}
		return a.path < b.path
	})
	return out
}

type totals struct {
	pkgs, equal, orderOnly, gcLines, ourLines, missing, extra int
}

func sum(ds []*pkgDiff) totals {
	var t totals
	for _, d := range ds {
		t.pkgs++
		t.gcLines += len(d.gc)
		t.ourLines += len(d.ours)
		t.missing += len(d.missing)
		t.extra += len(d.extra)
		switch {
		case d.orderDiffers:
			t.orderOnly++
		case len(d.missing) == 0 && len(d.extra) == 0:
			t.equal++
		}
	}
	return t
}

func readBlocks(name string) (map[string][]string, error) {
	b, _, err := blocks.Read(name)
	return b, err
}

func main() {
	verbose := flag.Bool("v", false, "print the missing and extra lines of every differing package")
	pkg := flag.String("pkg", "", "print the differences of this package only")
	top := flag.Int("top", 40, "list at most this many differing packages")
	baseline := flag.String("baseline", "", "file of accepted totals: fail when worse")
	update := flag.Bool("update", false, "rewrite the baseline file with this run's totals")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: escdiff [-v] [-pkg path] [-top N] [-baseline FILE [-update]] GC.txt GOESC.txt")
		os.Exit(2)
	}
	gc, err := readBlocks(flag.Arg(0))
	if err == nil {
		var ours map[string][]string
		ours, err = readBlocks(flag.Arg(1))
		if err == nil {
			os.Exit(report(compare(gc, ours), *verbose, *pkg, *top, *baseline, *update))
		}
	}
	fmt.Fprintln(os.Stderr, "escdiff:", err)
	os.Exit(2)
}

func report(ds []*pkgDiff, verbose bool, pkg string, top int, baseline string, update bool) int {
	shown := 0
	for _, d := range ds {
		if pkg != "" && d.path != pkg {
			continue
		}
		if len(d.missing)+len(d.extra) == 0 && !d.orderDiffers {
			continue
		}
		if shown < top || pkg != "" {
			fmt.Printf("%-40s gc %5d  goesc %5d  missing %5d  extra %5d%s\n", d.path, len(d.gc), len(d.ours),
				len(d.missing), len(d.extra), map[bool]string{true: "  (order differs)"}[d.orderDiffers])
		}
		shown++
		if verbose || pkg != "" {
			for _, l := range d.missing {
				fmt.Printf("  - %s\n", l)
			}
			for _, l := range d.extra {
				fmt.Printf("  + %s\n", l)
			}
		}
	}
	t := sum(ds)
	fmt.Printf("escdiff: %d packages: %d equal, %d differ only in order, %d differ; gc %d lines, goesc %d lines: %d missing, %d extra\n",
		t.pkgs, t.equal, t.orderOnly, t.pkgs-t.equal-t.orderOnly, t.gcLines, t.ourLines, t.missing, t.extra)
	if baseline == "" {
		if t.missing+t.extra+t.orderOnly == 0 {
			return 0
		}
		return 1
	}
	return ratchet.Judge("escdiff", baseline, "accepted totals of escdiff (gc -m -l std vs goesc); lower missing/extra, higher equal is better",
		update, []ratchet.Total{{Name: "missing", Value: t.missing}, {Name: "extra", Value: t.extra}, {Name: "equal", Value: t.equal, Higher: true}})
}
