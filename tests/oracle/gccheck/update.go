package main

// -update: rewrite a file's ERROR comments from gc's output, for drafting
// a new test (the harness's -update_errors, in our style). Every message
// becomes one quoted regexp on its line, in gc's order without duplicates:
// the text quoted with regexp.QuoteMeta, `"` turned into `.` (a quote
// cannot appear inside the comment's quotes), anchored with `$` unless the
// message continues on further lines (only its first line is kept). The
// result records what gc says; read it and trim it before committing.

import (
	"os"
	"regexp"
	"strconv"
	"strings"
)

func updateFile(file, full, out string, wantAuto bool) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	lines := strings.Split(string(src), "\n")
	for i := range lines {
		lines[i], _, _ = strings.Cut(lines[i], " // ERROR ")
	}
	short := full[strings.LastIndex(full, "/")+1:]
	res := make(map[int][]string)
	for _, m := range splitMessages(out, wantAuto) {
		m = shortenPath(m, full, short)
		rest, ok := strings.CutPrefix(m, short+":")
		if !ok {
			continue
		}
		num, msg, ok := strings.Cut(rest, ":")
		n, err := strconv.Atoi(num)
		if !ok || err != nil || n < 1 || n > len(lines) {
			continue
		}
		msg = strings.TrimLeft(msg, " \t")
		first, _, multi := strings.Cut(msg, "\n")
		re := strings.ReplaceAll(regexp.QuoteMeta(first), `"`, `.`)
		if !multi {
			re += "$"
		}
		dup := false
		for _, r := range res[n] {
			dup = dup || r == re
		}
		if !dup {
			res[n] = append(res[n], re)
		}
	}
	for n, rs := range res {
		lines[n-1] += " // ERROR"
		for _, r := range rs {
			lines[n-1] += ` "` + r + `"`
		}
	}
	return os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644)
}
