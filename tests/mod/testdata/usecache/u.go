// Package usecache imports modules from the (fake) module cache.
package usecache

import (
	"example.com/Dep"
	"example.com/Dep/sub"
	oldsub "example.com/old/sub"
)

var U = dep.D + sub.S + oldsub.S
