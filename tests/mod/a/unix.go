//go:build unix && goexperiment.greenteagc && amd64.v1

package a

import "path"

var unixJoin = path.Join
