// Command vendored imports packages from its vendor directory.
package main

import (
	"example.com/v"
	"example.com/v/sub"
)

func main() { println(v.V + sub.S) }
