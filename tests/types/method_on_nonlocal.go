// errorcheck

// Types: methods on types of other packages and on builtin types.

package p

import "strings"

func (b *strings.Builder) Extra() {} // ERROR "cannot define new methods on non-local type strings\.Builder$"

func (s string) Len() int { return len(s) } // ERROR "cannot define new methods on non-local type string$"
