package bi

import _ "goesc.test/mod/cmd/tool"
