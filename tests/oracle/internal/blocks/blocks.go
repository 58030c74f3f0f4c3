// Package blocks reads the per-package text the go command prints for a
// build: blocks headed "# import/path", then their lines.
package blocks

import (
	"bufio"
	"os"
	"strings"
)

// Read returns the lines of each block (empty lines left out) and the
// paths in the order the blocks first appear. Lines before any header
// belong to the path "".
func Read(name string) (map[string][]string, []string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	blocks := map[string][]string{}
	var order []string
	cur := ""
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# ") {
			cur = line[2:]
			if _, ok := blocks[cur]; !ok {
				order = append(order, cur)
				blocks[cur] = nil
			}
			continue
		}
		if line != "" {
			blocks[cur] = append(blocks[cur], line)
		}
	}
	return blocks, order, sc.Err()
}
