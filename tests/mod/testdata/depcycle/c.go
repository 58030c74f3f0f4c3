package depcycle

import _ "goesc.test/mod/testdata/cycle/q"
