package missing

import (
	"fmt"
	"goesc.test/mod/nosuch"
)

var _ = fmt.Sprint
