package a

import "math/bits"

var onARM64 = bits.Len
