// Command shapediff compares the instantiated generic functions goesc says
// a package compiles (`goesc instances`) with what gc compiled.
//
// Symbols mode (default): gc's side is the object files of the packages:
// every text symbol holding a '[' (an instantiation), as `go tool nm`
// prints it, less what gc generates around them (closures .funcN,
// go/defer wrappers, range-func bodies, method-value wrappers -fm, the
// go: and go.shape. pseudo-package wrappers, and method wrappers: a method
// of an instantiated type that its generic type does not declare with that
// receiver, as goesc's "methods" lines tell). goesc's side is
// `goesc instances -link` output. Both are compared as sets per package.
//
//	shapediff [-v] [-top N] [-baseline FILE [-update]] EXPORTS OURS
//
// EXPORTS holds "importpath objectfile" lines (go list -export -f
// '{{.ImportPath}} {{.Export}}'), or "importpath objectfile" for single
// compiled files.
//
// Names mode (-mnames): gc's side is its -m output (blocks "# path" then
// diagnostics); every instantiation named in a diagnostic with a shape
// argument ("slices.insertionSortCmpFunc[go.shape.int]",
// "&sync.entry[go.shape.interface {},go.shape.interface {}]{...}") must be
// among the functions and types `goesc instances` (without -link) lists for
// that package, spelled the same.
//
//	shapediff -mnames [-v] GC-M.txt OURS
//
// Order mode (-order): gc's side is the "before walk NAME" lines `-W`
// prints, one block per package ("# path" then the lines; gc prepares
// functions for the backend in typecheck.Target.Funcs order); the
// instantiated functions both sides list must come in the same order
// (each package's mismatches count the instantiations outside the longest
// common subsequence).
//
//	shapediff -order [-v] [-baseline FILE [-update]] GC-W.txt OURS
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"

	"goesc.test/oracle/internal/blocks"
	"goesc.test/oracle/internal/ratchet"
)

type pkgSets struct {
	funcs   map[string]bool
	methods map[string]map[string]bool // generic type link name -> declared methods ("*M": pointer receiver)
}

func readOurs(name string) (map[string]*pkgSets, error) {
	blocks, _, err := blocks.Read(name)
	if err != nil {
		return nil, err
	}
	res := map[string]*pkgSets{}
	for path, lines := range blocks {
		cur := &pkgSets{funcs: map[string]bool{}, methods: map[string]map[string]bool{}}
		res[path] = cur
		for _, line := range lines {
			f := strings.Split(line, "\t")
			switch {
			case len(f) >= 2 && (f[0] == "shaped" || f[0] == "wrapper" || f[0] == "type"):
				cur.funcs[f[1]] = true
			case len(f) >= 2 && f[0] == "methods":
				ms := map[string]bool{}
				if len(f) > 2 {
					for _, m := range strings.Fields(f[2]) {
						ms[m] = true
					}
				}
				cur.methods[f[1]] = ms
			}
		}
	}
	return res, nil
}

// Closures (.funcN; .N when nested or made by inlining), go/defer
// wrappers, range-over-func bodies and method-value wrappers.
var generated = regexp.MustCompile(`\.(func|gowrap|deferwrap)?\d+(\.|$)|-range\d|-fm$`)

// methodOf splits "prefix.(*T[args]).M" / "prefix.T[args].M" into the
// generic type's link name, the method and whether the receiver is a
// pointer; ok is false for functions.
func methodOf(sym string) (typ, meth string, ptr, ok bool) {
	open := strings.IndexByte(sym, '[')
	if open < 0 {
		return
	}
	head := sym[:open]
	depth, end := 0, -1
	for i := open; i < len(sym); i++ {
		switch sym[i] {
		case '[':
			depth++
		case ']':
			depth--
		}
		if depth == 0 {
			end = i
			break
		}
	}
	if end < 0 {
		return
	}
	rest := sym[end+1:]
	if i := strings.LastIndexByte(head, '.'); i >= 0 && strings.HasPrefix(head[i+1:], "(*") {
		head, ptr = head[:i+1]+head[i+3:], true
		rest = strings.TrimPrefix(rest, ")")
	}
	if !strings.HasPrefix(rest, ".") || strings.ContainsAny(rest[1:], ".[") {
		return
	}
	return head, rest[1:], ptr, true
}

// gcSyms runs go tool nm over the object files and returns, per package,
// the instantiated functions it compiled.
func gcSyms(exports string, ours map[string]*pkgSets) (map[string]map[string]bool, []string, error) {
	data, err := os.ReadFile(exports)
	if err != nil {
		return nil, nil, err
	}
	byFile := map[string]string{}
	var files, pkgs []string
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) != 2 {
			continue
		}
		byFile[f[1]] = f[0]
		files = append(files, f[1])
		pkgs = append(pkgs, f[0])
	}
	args := append([]string{"tool", "nm"}, files...)
	out, err := exec.Command("go", args...).Output()
	if err != nil {
		return nil, nil, fmt.Errorf("go tool nm: %v", err)
	}
	res := map[string]map[string]bool{}
	for _, p := range pkgs {
		res[p] = map[string]bool{}
	}
	methods := map[string]map[string]bool{} // what generic types declare is the same in every package
	for _, o := range ours {
		for t, ms := range o.methods {
			methods[t] = ms
		}
	}
	for _, line := range strings.Split(string(out), "\n") {
		file := files[0]
		if len(files) > 1 {
			i := strings.Index(line, ":\t")
			if i < 0 {
				continue
			}
			file, line = line[:i], line[i+2:]
			if strings.HasSuffix(file, ")") { // an archive member: "file(_go_.o)"
				if j := strings.LastIndexByte(file, '('); j >= 0 {
					file = file[:j]
				}
			}
		}
		f := strings.SplitN(strings.TrimSpace(line), " ", 3)
		if len(f) != 3 || f[1] != "T" {
			continue
		}
		sym := strings.TrimSpace(f[2])
		if !strings.Contains(sym, "[") || strings.HasPrefix(sym, "go.shape.") || strings.HasPrefix(sym, "go:") ||
			strings.HasPrefix(sym, "type:") || generated.MatchString(sym) {
			continue
		}
		p, known := byFile[file]
		if !known {
			continue
		}
		if typ, meth, ptr, ok := methodOf(sym); ok {
			if ms, known := methods[typ]; known {
				declared := ms["*"+meth] || (!ptr && ms[meth])
				if !declared {
					continue // a wrapper gc generates (promoted or pointer-receiver method)
				}
			}
		}
		res[p][sym] = true
	}
	return res, pkgs, nil
}

type totals struct{ gc, missing, extra, equal, pkgs int }

func diffSets(gc, ours map[string]bool) (missing, extra []string) {
	for s := range gc {
		if !ours[s] {
			missing = append(missing, s)
		}
	}
	for s := range ours {
		if !gc[s] {
			extra = append(extra, s)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	return
}

func symbols(exports, oursFile string, verbose bool, top int) (totals, error) {
	ours, err := readOurs(oursFile)
	if err != nil {
		return totals{}, err
	}
	gc, pkgs, err := gcSyms(exports, ours)
	if err != nil {
		return totals{}, err
	}
	var t totals
	shown := 0
	for _, p := range pkgs {
		o := map[string]bool{}
		if ours[p] != nil {
			for s := range ours[p].funcs {
				o[s] = true
			}
		}
		missing, extra := diffSets(gc[p], o)
		t.pkgs++
		t.gc += len(gc[p])
		t.missing += len(missing)
		t.extra += len(extra)
		if len(missing)+len(extra) == 0 {
			t.equal++
			continue
		}
		if shown < top || verbose {
			fmt.Printf("%-40s gc %4d  missing %4d  extra %4d\n", p, len(gc[p]), len(missing), len(extra))
			if verbose {
				for _, s := range missing {
					fmt.Printf("  - %s\n", s)
				}
				for _, s := range extra {
					fmt.Printf("  + %s\n", s)
				}
			}
		}
		shown++
	}
	fmt.Printf("shapediff: %d packages: %d equal, %d differ; gc %d instantiated functions: %d missing, %d extra\n",
		t.pkgs, t.equal, t.pkgs-t.equal, t.gc, t.missing, t.extra)
	return t, nil
}

// ---- names in -m output ----------------------------------------------------------

func identChar(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// shapeNames extracts the instantiation names with shape arguments from a
// diagnostic: for every "[go.shape." the qualified name before the
// bracket ("slices.F", "sync.entry", "quic.(*rangeset") with the bracketed
// arguments, and for a method "(*T[...]).M" its name after them.
func shapeNames(msg string) []string {
	var names []string
	for i := 0; ; {
		k := strings.Index(msg[i:], "[go.shape.")
		if k < 0 {
			return names
		}
		open := i + k
		start := open
		for start > 0 {
			c := msg[start-1]
			if identChar(c) || c == '.' || c == '/' || c == '-' {
				start--
			} else if c == '*' && start >= 2 && msg[start-2] == '(' {
				start -= 2
			} else {
				break
			}
		}
		depth, end := 0, -1
		for j := open; j < len(msg) && end < 0; j++ {
			if msg[j] == '[' {
				depth++
			} else if msg[j] == ']' {
				if depth--; depth == 0 {
					end = j
				}
			}
		}
		if end < 0 {
			return names
		}
		head, stop := msg[start:open], end+1
		if strings.Contains(head, "(*") {
			if !strings.HasPrefix(msg[stop:], ").") {
				i = end + 1
				continue
			}
			stop += 2
			for stop < len(msg) && identChar(msg[stop]) {
				stop++
			}
		}
		if head != "" && head != "map" && head != "chan" {
			names = append(names, head+msg[open:stop])
		}
		i = end + 1
	}
}

var posPrefix = regexp.MustCompile(`^.*?:\d+:\d+: `)

func mnames(gcFile, oursFile string, verbose bool) (totals, error) {
	diags, _, err := blocks.Read(gcFile)
	if err != nil {
		return totals{}, err
	}
	ours, err := readOurs(oursFile)
	if err != nil {
		return totals{}, err
	}
	var t totals
	var paths []string
	for p := range diags {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		seen := map[string]bool{}
		for _, line := range diags[p] {
			msg := posPrefix.ReplaceAllString(line, "")
			for _, n := range shapeNames(msg) {
				if seen[n] {
					continue
				}
				seen[n] = true
				t.gc++
				if ours[p] != nil && ours[p].funcs[n] {
					t.equal++
					continue
				}
				t.missing++
				if verbose {
					fmt.Printf("%s: - %s\n", p, n)
				}
			}
		}
	}
	fmt.Printf("shapediff -mnames: %d distinct instantiation names in gc's diagnostics (per package): %d listed by goesc, %d not\n",
		t.gc, t.equal, t.missing)
	return t, nil
}

// ---- order ---------------------------------------------------------------------------

// fields returns, per block, what pick takes from the lines it accepts.
func fields(blocks map[string][]string, pick func(line string) (string, bool)) map[string][]string {
	res := map[string][]string{}
	for p, lines := range blocks {
		for _, line := range lines {
			if v, ok := pick(line); ok {
				res[p] = append(res[p], v)
			}
		}
	}
	return res
}

func beforeWalk(line string) (string, bool) {
	name, ok := strings.CutPrefix(line, "before walk ")
	return strings.TrimSuffix(name, " <nil>"), ok
}

func instLine(line string) (string, bool) {
	f := strings.Split(line, "\t")
	return f[len(f)-1], len(f) >= 2 && (f[0] == "shaped" || f[0] == "wrapper")
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func only(list []string, keep map[string]bool) []string {
	var res []string
	seen := map[string]bool{}
	for _, s := range list {
		if keep[s] && !seen[s] {
			seen[s] = true
			res = append(res, s)
		}
	}
	return res
}

func orderDiff(gcFile, oursFile string, verbose bool) (totals, error) {
	gcBlocks, pkgs, err := blocks.Read(gcFile)
	if err != nil {
		return totals{}, err
	}
	oursBlocks, _, err := blocks.Read(oursFile)
	if err != nil {
		return totals{}, err
	}
	gc, ours := fields(gcBlocks, beforeWalk), fields(oursBlocks, instLine)
	var t totals
	for _, p := range pkgs {
		inGC, inOurs := map[string]bool{}, map[string]bool{}
		for _, s := range gc[p] {
			inGC[s] = true
		}
		for _, s := range ours[p] {
			inOurs[s] = true
		}
		g, o := only(gc[p], inOurs), only(ours[p], inGC)
		n := lcs(g, o)
		t.pkgs++
		t.gc += len(g)
		t.missing += len(g) - n
		if len(g) == n {
			t.equal++
		}
		if verbose || len(g) != n {
			fmt.Printf("%-40s %4d instantiations, %4d in gc's order\n", p, len(g), n)
		}
		if verbose && len(g) != n {
			for i := range max(len(g), len(o)) {
				a, b := "", ""
				if i < len(g) {
					a = g[i]
				}
				if i < len(o) {
					b = o[i]
				}
				mark := "  "
				if a != b {
					mark = "! "
				}
				fmt.Printf("  %s%s  |  %s\n", mark, a, b)
			}
		}
	}
	fmt.Printf("shapediff -order: %d packages: %d in gc's order; %d instantiations listed by both, %d out of order\n",
		t.pkgs, t.equal, t.gc, t.missing)
	return t, nil
}

// ---- baseline ----------------------------------------------------------------------

func judge(t totals, baseline string, update bool) int {
	if baseline == "" {
		if t.missing+t.extra == 0 {
			return 0
		}
		return 1
	}
	return ratchet.Judge("shapediff", baseline, "accepted totals of shapediff (gc vs goesc instances); lower is better",
		update, []ratchet.Total{{Name: "missing", Value: t.missing}, {Name: "extra", Value: t.extra}})
}

func main() {
	verbose := flag.Bool("v", false, "list the differences")
	top := flag.Int("top", 30, "list at most this many differing packages")
	names := flag.Bool("mnames", false, "compare the instantiation names in gc's -m output")
	order := flag.Bool("order", false, "compare the order with gc's -W output")
	baseline := flag.String("baseline", "", "file of accepted totals: fail when worse")
	update := flag.Bool("update", false, "rewrite the baseline file with this run's totals")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: shapediff [-v] [-top N] [-baseline FILE [-update]] EXPORTS OURS\n       shapediff -mnames [-v] GC-M.txt OURS\n       shapediff -order [-v] [-baseline FILE [-update]] GC-W.txt OURS")
		os.Exit(2)
	}
	var t totals
	var err error
	switch {
	case *names:
		t, err = mnames(flag.Arg(0), flag.Arg(1), *verbose)
	case *order:
		t, err = orderDiff(flag.Arg(0), flag.Arg(1), *verbose)
	default:
		t, err = symbols(flag.Arg(0), flag.Arg(1), *verbose, *top)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "shapediff:", err)
		os.Exit(2)
	}
	os.Exit(judge(t, *baseline, *update))
}
