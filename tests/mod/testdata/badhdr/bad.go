package bad

import (
	"fmt
)
