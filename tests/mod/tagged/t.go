// Package tagged has files that only custom build tags select.
package tagged
