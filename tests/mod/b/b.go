/* Package b pulls in net/http, whose dependencies include std's
   vendored golang.org/x packages. */
package b

import (
	"net/http"
	`strings`
	"goesc.test/nested/inner"
	"goesc.test/nested"
)

func B() string { return strings.TrimSpace(http.MethodGet) + nested.N + inner.I }
