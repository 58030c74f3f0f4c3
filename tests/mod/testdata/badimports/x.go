// Package badimports breaks the import rules go list checks.
package badimports

import (
	_ "./rel"
	_ "internal/cpu"
	_ "goesc.test/mod/cmd/tool"
	_ "goesc.test/nested/internal/secret"
	_ "vendor/golang.org/x/net/idna"
)
