package onlywin

import "syscall"

var _ = syscall.Getpid
