// Package deperr imports packages that have errors of each kind.
package deperr

import (
	_ "goesc.test/mod/onlywin"
	_ "goesc.test/mod/testdata/badhdr"
	_ "goesc.test/mod/testdata/multi"
	_ "goesc.test/mod/testdata/nogo"
	_ "nosuch/pkg"
	_ "goesc.test/mod/testdata/cycle/p"
)
