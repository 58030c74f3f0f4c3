package p

import _ "goesc.test/mod/testdata/cycle/q"
