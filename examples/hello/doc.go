//go:build !windows

package hello

// Unix reports whether this file was part of the build.
const Unix = true
