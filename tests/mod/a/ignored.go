//go:build ignore

package main

import "net/rpc"

var _ = rpc.NewServer
