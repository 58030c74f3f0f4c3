// Package a mixes OS-specific and build-tagged files.
package a

import (
	"fmt"
	str "strings"

	"goesc.test/mod/b"
)

func A() string { return fmt.Sprint(str.ToUpper(b.B())) }
