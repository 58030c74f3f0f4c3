package inner

import "unsafe"

const I = "i"

var _ = unsafe.Sizeof(0)
