// +build ignore

//go:build linux

package a

import "sort"

var sortInts = sort.Ints
