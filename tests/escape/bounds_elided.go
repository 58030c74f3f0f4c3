// errorcheck -0 -m -l

// walk drops the bounds check of an array or constant-string index whose
// value is provably in range, and says so at -m; operands evaluated once
// (append's elements) are first copied to temporaries, which keeps only
// their type.
package p

var tab [256]byte
var small [16]byte

const hex = "0123456789abcdef"

func byType(x uint8) byte {
	return tab[x] // ERROR "index bounds check elided"
}

func masked(i int) byte {
	return small[i&15] // ERROR "index bounds check elided"
}

func shifted(b byte) byte {
	return hex[b>>4] // ERROR "index bounds check elided"
}

func modulo(u uint) byte {
	return small[u%16] // ERROR "index bounds check elided"
}

func constIndex() byte {
	return small[3]
}

func signed(i int8) byte {
	return tab[i]
}

func viaAppend(buf []byte, b byte) []byte { // ERROR "leaking param: buf to result ~r0 level=0"
	return append(buf, hex[b>>4], hex[b&0xF]) // ERROR "append escapes to heap"
}

func slice(s []byte, x uint8) byte { // ERROR "s does not escape"
	return s[x]
}
