//go:build goesc_extra && !goesc_off

package tagged

import "hash/crc32"

var Extra = crc32.ChecksumIEEE
