// Package usecache imports a module from the (fake) module cache.
package usecache

import (
	"example.com/Dep"
	"example.com/Dep/sub"
)

var U = dep.D + sub.S
