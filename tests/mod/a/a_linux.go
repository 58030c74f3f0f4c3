package a

import "os"

var onLinux = os.Getpid
