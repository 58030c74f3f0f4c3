package gone

import "example.com/gone/pkg"

var G = pkg.P
