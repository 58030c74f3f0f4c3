// Command tool is a main package.
package main

import (
	"goesc.test/mod/a"
	"os"
)

func main() { os.Stdout.WriteString(a.A()) }
