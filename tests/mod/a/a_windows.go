package a

import "syscall"

var onWindows = syscall.Getpid
