package a

import "time"

var onMacARM = time.Now
