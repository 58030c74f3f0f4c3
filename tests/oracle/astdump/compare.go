// compare.go: `astdump -compare`. Reads goesc's dump stream from stdin and
// compares it, file by file, with the dump go/parser's tree gives. Only one
// file's dump from each side is held in memory at a time (the stream for
// all of $GOROOT/src is around a gigabyte); our own dumps are made by a
// goroutine a few files ahead of the comparison.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/token"
	"io"
	"strings"
)

// ownDump is our dump of one file: the header line and the tree.
type ownDump struct {
	path string
	buf  []byte
	err  error // syntax errors from go/parser
}

// produce dumps paths in order into out, recycling buffers from free.
func produce(paths []string, out chan<- *ownDump, free chan []byte) {
	d := &dumper{}
	for _, path := range paths {
		select {
		case d.buf = <-free:
			d.buf = d.buf[:0]
		default:
			d.buf = nil
		}
		d.fset = token.NewFileSet()
		err := d.file(path)
		out <- &ownDump{path: path, buf: d.buf, err: err}
	}
	close(out)
}

// stream reads goesc's dump stream one section (## header and body) at a
// time.
type stream struct {
	r       *bufio.Reader
	pending []byte // a header line read ahead, without "## " and newline
	started bool   // a header has been seen
	junk    int    // lines before the first header
	body    []byte
}

// line appends the next line (with its newline) to dst; ok is false at the
// end of input.
func (s *stream) line(dst []byte) (out []byte, ok bool) {
	n := len(dst)
	for {
		chunk, err := s.r.ReadSlice('\n')
		dst = append(dst, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			if len(dst) == n {
				return dst, false
			}
			if dst[len(dst)-1] != '\n' {
				dst = append(dst, '\n') // tolerate a missing final newline
			}
		}
		return dst, true
	}
}

// next returns the next section's path and body; ok is false at the end.
func (s *stream) next() (path string, body []byte, ok bool) {
	for !s.started {
		line, ok := s.line(nil)
		if !ok {
			return "", nil, false
		}
		if bytes.HasPrefix(line, []byte("## ")) {
			s.pending = line[3 : len(line)-1]
			s.started = true
		} else {
			s.junk++
		}
	}
	if s.pending == nil {
		return "", nil, false
	}
	path = string(s.pending)
	s.pending = nil
	s.body = s.body[:0]
	for {
		n := len(s.body)
		var ok bool
		s.body, ok = s.line(s.body)
		if !ok {
			break
		}
		if bytes.HasPrefix(s.body[n:], []byte("## ")) {
			s.pending = append([]byte(nil), s.body[n+3:len(s.body)-1]...)
			s.body = s.body[:n]
			break
		}
	}
	return path, s.body, true
}

// comparer holds the counts and the report.
type comparer struct {
	w        *bufio.Writer
	detail   int // differing files still to show in full detail
	compared int
	differ   int
	noTree   int // files where goesc gave no tree but go/parser did
	rejected int // files go/parser rejects (syntax errors)
}

func compare(paths []string, in io.Reader, out io.Writer, detail int) int {
	c := &comparer{w: bufio.NewWriter(out), detail: detail}
	index := make(map[string]int, len(paths))
	for i, p := range paths {
		if _, dup := index[p]; !dup {
			index[p] = i
		}
	}
	own := make(chan *ownDump, 4)
	free := make(chan []byte, 8)
	go produce(paths, own, free)
	s := &stream{r: bufio.NewReaderSize(in, 1<<20)}
	problems := 0
	i := 0
	take := func() *ownDump {
		d := <-own
		i++
		c.compared++
		if d.err != nil {
			c.rejected++
		}
		return d
	}
	recycle := func(d *ownDump) {
		select {
		case free <- d.buf:
		default:
		}
	}
	for {
		path, body, ok := s.next()
		if !ok {
			break
		}
		j, known := index[path]
		if !known || j < i {
			fmt.Fprintf(c.w, "EXTRA %s: section in goesc's output that is not expected here\n", path)
			problems++
			continue
		}
		for i < j { // files goesc skipped
			d := take()
			c.missing(d)
			recycle(d)
		}
		d := take()
		c.file(d, body)
		recycle(d)
	}
	for i < len(paths) {
		d := take()
		c.missing(d)
		recycle(d)
	}
	if s.junk > 0 {
		fmt.Fprintf(c.w, "JUNK: %d lines of goesc's output before its first ## header\n", s.junk)
		problems++
	}
	fmt.Fprintf(c.w, "%d files compared, %d differ", c.compared, c.differ)
	var notes []string
	if c.noTree > 0 {
		notes = append(notes, fmt.Sprintf("%d without a tree from goesc", c.noTree))
	}
	if c.rejected > 0 {
		notes = append(notes, fmt.Sprintf("%d rejected by go/parser", c.rejected))
	}
	if problems > 0 {
		notes = append(notes, fmt.Sprintf("%d stream problems", problems))
	}
	if len(notes) > 0 {
		fmt.Fprintf(c.w, " (%s)", strings.Join(notes, ", "))
	}
	fmt.Fprintln(c.w)
	c.w.Flush()
	if c.differ > 0 || problems > 0 {
		return 1
	}
	return 0
}

func (c *comparer) missing(d *ownDump) {
	c.differ++
	fmt.Fprintf(c.w, "MISSING %s: no section in goesc's output\n", d.path)
}

// file compares goesc's body for d.path with ours.
func (c *comparer) file(d *ownDump, body []byte) {
	header := 3 + len(d.path) + 1
	mine := d.buf[header:]
	if bytes.Equal(mine, body) {
		return
	}
	c.differ++
	if len(body) == 0 && d.err == nil {
		c.noTree++
	}
	a := splitLines(mine)
	b := splitLines(body)
	k := 0
	for k < len(a) && k < len(b) && a[k] == b[k] {
		k++
	}
	// Line numbers count the ## header as line 1, as in `astdump FILE`.
	fmt.Fprintf(c.w, "DIFF %s: first difference at dump line %d\n", d.path, k+2)
	fmt.Fprintf(c.w, "  go/parser: %s\n", lineAt(a, k, d.err))
	fmt.Fprintf(c.w, "  goesc:     %s\n", lineAt(b, k, nil))
	if c.detail <= 0 {
		return
	}
	c.detail--
	if d.err != nil {
		fmt.Fprintf(c.w, "  go/parser's errors: %s\n", strings.ReplaceAll(d.err.Error(), "\n", "; "))
	}
	if k < len(a) {
		if anc := ancestors(a, k); len(anc) > 0 {
			fmt.Fprintf(c.w, "  inside (go/parser's tree):\n")
			for _, l := range anc {
				fmt.Fprintf(c.w, "    %s\n", l)
			}
		}
	}
	if len(a) > 0 && len(b) > 0 { // a tree on each side
		writeDiff(c.w, a, b, 60)
	}
}

func lineAt(lines []string, k int, err error) string {
	if k < len(lines) {
		return lines[k]
	}
	if err != nil {
		return "<no tree: syntax errors>"
	}
	if len(lines) == 0 {
		return "<no tree (syntax errors?)>"
	}
	return "<end of dump>"
}

func splitLines(b []byte) []string {
	if len(b) == 0 {
		return nil
	}
	s := string(b)
	s = strings.TrimSuffix(s, "\n")
	return strings.Split(s, "\n")
}

func indent(l string) int {
	return len(l) - len(strings.TrimLeft(l, " "))
}

// ancestors returns the lines of the nodes enclosing line k, outermost
// first.
func ancestors(a []string, k int) []string {
	var anc []string
	ind := indent(a[k])
	for i := k - 1; i >= 0 && ind > 0; i-- {
		if n := indent(a[i]); n < ind {
			anc = append(anc, a[i])
			ind = n
		}
	}
	for l, r := 0, len(anc)-1; l < r; l, r = l+1, r-1 {
		anc[l], anc[r] = anc[r], anc[l]
	}
	return anc
}
