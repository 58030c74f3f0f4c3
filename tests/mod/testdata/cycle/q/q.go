package q

import _ "goesc.test/mod/testdata/cycle/p"
