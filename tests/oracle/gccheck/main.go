// Command gccheck checks errorcheck-annotated Go files against the real gc.
//
// For each FILE.go argument it reads the header line (`// errorcheck FLAGS`
// or `// errorcheckwithauto FLAGS`), compiles the file alone the way Go's
// test harness (cmd/internal/testdir) does for a single-file errorcheck test,
//
//	go tool compile -p=p -d=panic -C -e -importcfg=IMPORTCFG -o X.o FLAGS -d=ssa/check/on FILE.go
//
// and matches gc's output against the file's `// ERROR "regexp"` comments
// with the harness's rules (see check.go). It prints PASS or FAIL per file,
// the mismatches of each failing file, and a last line `N passed, N failed`.
// The exit status is 1 if any file fails, 2 on a usage or setup error.
//
//	gccheck [-v] [-j N] [-importcfg FILE] [-update] FILE.go...
//
// -v prints gc's output for failing files; -j compiles N files at a time
// (default 2); -importcfg uses an existing importcfg instead of making one
// from `go list -export std`. The go command is $GOROOT/bin/go if GOROOT
// is set, else go from PATH. -update rewrites the ERROR comments of the
// files from gc's output before checking (a drafting aid, see update.go).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

func main() {
	verbose := flag.Bool("v", false, "print gc's output for failing files")
	jobs := flag.Int("j", 2, "files compiled at a time")
	importcfg := flag.String("importcfg", "", "importcfg for std (default: made with go list -export std)")
	flag.BoolVar(&update, "update", false, "rewrite the files' ERROR comments from gc's output (drafting aid)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: gccheck [-v] [-j N] [-importcfg FILE] [-update] FILE.go...")
		flag.PrintDefaults()
	}
	flag.Parse()
	files := flag.Args()
	if len(files) == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *jobs < 1 {
		*jobs = 1
	}
	tmp, err := os.MkdirTemp("", "gccheck")
	if err != nil {
		fatal(err)
	}
	defer os.RemoveAll(tmp)
	cfg := *importcfg
	if cfg == "" {
		cfg = filepath.Join(tmp, "importcfg")
		if err := makeImportcfg(cfg); err != nil {
			os.RemoveAll(tmp)
			fatal(err)
		}
	}

	results := make([]result, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, *jobs)
	for i, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			obj := filepath.Join(tmp, fmt.Sprintf("x%d.o", i))
			results[i] = checkFile(f, cfg, obj)
		}()
	}
	wg.Wait()

	passed, failed := 0, 0
	for i, r := range results {
		if r.err == nil {
			passed++
			fmt.Printf("PASS %s\n", files[i])
			continue
		}
		failed++
		fmt.Printf("FAIL %s\n", files[i])
		for _, l := range strings.Split(strings.TrimRight(r.err.Error(), "\n"), "\n") {
			fmt.Printf("    %s\n", l)
		}
		if *verbose && r.out != "" {
			fmt.Printf("    gc output:\n")
			for _, l := range strings.Split(strings.TrimRight(r.out, "\n"), "\n") {
				fmt.Printf("\t%s\n", l)
			}
		}
	}
	fmt.Printf("%d passed, %d failed\n", passed, failed)
	if failed > 0 {
		os.RemoveAll(tmp)
		os.Exit(1)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "gccheck:", err)
	os.Exit(2)
}

// goTool is $GOROOT/bin/go when GOROOT is set and has one, else go from PATH.
func goTool() string {
	if r := os.Getenv("GOROOT"); r != "" {
		p := filepath.Join(r, "bin", "go")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return "go"
}

// makeImportcfg writes the importcfg of std the harness uses
// (testdir's stdlibImportcfg).
func makeImportcfg(path string) error {
	cmd := exec.Command(goTool(), "list", "-export", "-f",
		"{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}", "std")
	cmd.Env = append(os.Environ(), "GOENV=off", "GOFLAGS=")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go list -export std: %v", err)
	}
	return os.WriteFile(path, out, 0o644)
}

var update bool

type result struct {
	out string // gc's combined output
	err error  // nil: PASS
}

// checkFile compiles one file as the harness's "errorcheck" action does and
// matches the output against the file's annotations.
func checkFile(file, importcfg, obj string) result {
	src, err := os.ReadFile(file)
	if err != nil {
		return result{err: err}
	}
	full, err := filepath.Abs(file)
	if err != nil {
		return result{err: err}
	}
	rec, err := parseHeader(string(src))
	if err != nil {
		return result{err: err}
	}
	args := []string{"tool", "compile", "-p=p", "-d=panic", "-C", "-e", "-importcfg=" + importcfg, "-o", obj}
	args = append(args, rec.flags...)
	args = append(args, full)
	cmd := exec.Command(goTool(), args...)
	cmd.Dir = filepath.Dir(full)
	cmd.Env = append(os.Environ(), "GOENV=off", "GOFLAGS=", "PWD="+cmd.Dir)
	cmd.Env = append(cmd.Env, rec.env...)
	outb, runErr := cmd.CombinedOutput()
	out := string(outb)
	if runErr != nil {
		if _, ok := runErr.(*exec.ExitError); !ok {
			return result{out, fmt.Errorf("running go tool compile: %v", runErr)}
		}
	}
	if rec.wantError && runErr == nil {
		return result{out, fmt.Errorf("compilation succeeded unexpectedly")}
	}
	if !rec.wantError && runErr != nil {
		return result{out, fmt.Errorf("compilation failed unexpectedly (%v)", runErr)}
	}
	if update {
		if err := updateFile(file, full, out, rec.wantAuto); err != nil {
			return result{out, err}
		}
		src, _ = os.ReadFile(file)
	}
	if err := errorCheck(out, rec.wantAuto, string(src), full, filepath.Base(full)); err != nil {
		return result{out, err}
	}
	return result{out, nil}
}
