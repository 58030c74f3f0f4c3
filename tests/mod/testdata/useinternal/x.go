package bi

import _ "internal/cpu"
