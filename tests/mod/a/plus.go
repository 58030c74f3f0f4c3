// +build !windows,!plan9 amd64

package a

import . "errors"

var errPlus = New("plus")
