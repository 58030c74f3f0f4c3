package cgoonly

import "C"
