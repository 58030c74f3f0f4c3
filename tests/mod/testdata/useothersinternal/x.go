package bi

import _ "goesc.test/nested/internal/secret"
