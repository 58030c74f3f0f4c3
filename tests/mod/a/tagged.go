// A file with a //go:build expression over several tags.

//go:build (linux || darwin) && !cgo && go1.21

package a

import _ "unicode/utf8"
