package a

/*
#include <stdlib.h>
*/
import "C"

import "bytes"

var cgoBuf bytes.Buffer
