package missing

import _ "example.com/v/nosuch"
