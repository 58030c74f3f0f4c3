// Package ratchet keeps the baseline files of the oracle comparisons:
// lines "name number" of accepted totals ('#' starts a comment line) that
// a run must not make worse, and that a better run may record.
package ratchet

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Total is one figure of a comparison.
type Total struct {
	Name   string
	Value  int
	Higher bool // higher is better (else lower is)
}

// Read returns the totals recorded in the file name.
func Read(name string) (map[string]int, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	m := map[string]int{}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && !strings.HasPrefix(line, "#") {
			n, err := strconv.Atoi(f[1])
			if err != nil {
				return nil, fmt.Errorf("%s: bad line %q", name, line)
			}
			m[f[0]] = n
		}
	}
	return m, nil
}

// Judge compares totals with the baseline file (or, with update, records
// them there under the comment line header) and returns the exit status:
// 0 no worse, 1 worse, 2 the file could not be read or written. Messages
// start with tool.
func Judge(tool, baseline, header string, update bool, totals []Total) int {
	if update {
		s := "# " + header + "\n"
		for _, t := range totals {
			s += fmt.Sprintf("%s %d\n", t.Name, t.Value)
		}
		if err := os.WriteFile(baseline, []byte(s), 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", tool, err)
			return 2
		}
		return 0
	}
	b, err := Read(baseline)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", tool, err)
		return 2
	}
	worse, better := false, false
	var old []string
	for _, t := range totals {
		was := b[t.Name]
		d := t.Value - was
		if t.Higher {
			d = -d
		}
		worse = worse || d > 0
		better = better || d < 0
		old = append(old, fmt.Sprintf("%s %d", t.Name, was))
	}
	if worse {
		fmt.Printf("%s: worse than the baseline %s (%s)\n", tool, baseline, strings.Join(old, ", "))
		return 1
	}
	if better {
		fmt.Printf("%s: better than the baseline %s: record it with -update\n", tool, baseline)
	}
	return 0
}
