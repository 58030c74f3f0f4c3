// diff.go: a line diff (Myers' O(ND) algorithm) of two dumps of one file,
// printed as unified hunks, for the files -compare shows in full detail.
package main

import (
	"bufio"
	"fmt"
)

type edit struct {
	op   byte // ' ' same, '-' only go/parser's, '+' only goesc's
	a, b int  // line indexes (0-based) in a and b
}

// maxEdits bounds the work: past this many edits the dumps are too far
// apart for a diff to help, and a window of lines is shown instead.
const maxEdits = 2000

// myers returns the edit script turning a into b, or nil if it needs more
// than maxEdits edits.
func myers(a, b []string) []edit {
	n, m := len(a), len(b)
	off := maxEdits + 1
	v := make([]int, 2*maxEdits+3)
	var trace [][]int
	for d := 0; d <= maxEdits; d++ {
		trace = append(trace, append([]int(nil), v[off-d-1:off+d+2]...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				return backtrack(a, b, trace, d)
			}
		}
	}
	return nil
}

func backtrack(a, b []string, trace [][]int, dmax int) []edit {
	var rev []edit
	x, y := len(a), len(b)
	for d := dmax; d > 0; d-- {
		t := trace[d] // v before step d, indexes -d-1..d+1
		at := func(k int) int { return t[k+d+1] }
		k := x - y
		var pk int
		if k == -d || (k != d && at(k-1) < at(k+1)) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := at(pk)
		py := px - pk
		for x > px && y > py {
			x--
			y--
			rev = append(rev, edit{' ', x, y})
		}
		if x == px {
			y--
			rev = append(rev, edit{'+', x, y})
		} else {
			x--
			rev = append(rev, edit{'-', x, y})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, edit{' ', x, y})
	}
	for l, r := 0, len(rev)-1; l < r; l, r = l+1, r-1 {
		rev[l], rev[r] = rev[r], rev[l]
	}
	return rev
}

// writeDiff prints the hunks of the diff of a (go/parser) and b (goesc),
// at most limit lines of them. Dump line numbers count the header as 1.
func writeDiff(w *bufio.Writer, a, b []string, limit int) {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	const ctx = 3
	lo := max(pre-ctx, 0)
	ma, mb := a[lo:len(a)-suf], b[lo:len(b)-suf]
	es := myers(ma, mb)
	if es == nil {
		fmt.Fprintf(w, "  (dumps too far apart for a diff; lines from dump line %d)\n", lo+2)
		for i := 0; i < 12; i++ {
			if lo+i < len(a) {
				fmt.Fprintf(w, "  - %s\n", a[lo+i])
			}
		}
		for i := 0; i < 12; i++ {
			if lo+i < len(b) {
				fmt.Fprintf(w, "  + %s\n", b[lo+i])
			}
		}
		return
	}
	for i := range es { // make the indexes absolute
		es[i].a += lo
		es[i].b += lo
	}
	// Append the trailing common lines as context.
	for i := 0; i < ctx && i < suf; i++ {
		es = append(es, edit{' ', len(a) - suf + i, len(b) - suf + i})
	}
	fmt.Fprintf(w, "  --- go/parser\n  +++ goesc\n")
	printed := 0
	for i := 0; i < len(es); {
		// Find the next change, start a hunk ctx lines before it.
		j := i
		for j < len(es) && es[j].op == ' ' {
			j++
		}
		if j == len(es) {
			break
		}
		start := max(j-ctx, i)
		end := j
		for end < len(es) {
			if es[end].op != ' ' {
				end++
				continue
			}
			run := end
			for run < len(es) && es[run].op == ' ' {
				run++
			}
			if run == len(es) || run-end > 2*ctx {
				end = min(end+ctx, len(es))
				break
			}
			end = run
		}
		fmt.Fprintf(w, "  @@ go/parser line %d, goesc line %d @@\n", es[start].a+2, es[start].b+2)
		for k := start; k < end; k++ {
			if printed == limit {
				fmt.Fprintf(w, "  ... (diff cut after %d lines)\n", limit)
				return
			}
			e := es[k]
			if e.op == '+' {
				fmt.Fprintf(w, "  + %s\n", b[e.b])
			} else {
				fmt.Fprintf(w, "  %c %s\n", e.op, a[e.a])
			}
			printed++
		}
		i = end
	}
}
