// errorcheck -0 -m -l

// Rule: a method call on a value of type-parameter type goes through the shaped body's dictionary: an indirect call (its arguments leak) printed as the method expression's type applied to &.dict[i]; with an interface shape gc also warns "imprecise interface call" at the selector.

package p

type Sizer interface{ Size(b []byte) int }

type S struct{}

func (S) Size(b []byte) int { return len(b) } // ERROR "b does not escape$"

func MakeBuf[H Sizer](h func() H) []byte {
	return make([]byte, h().Size(nil)) // ERROR "imprecise interface call$" "make\(\[\]byte, \(func\(go.shape.interface \{ Size\(\[\]uint8\) int \}, \[\]byte\) int\)\(&.dict\[0\]\)\(h\(\), nil\)\) escapes to heap$"
}

func Two[H Sizer, G Sizer](h H, g G, b []byte) int {
	return g.Size(b) + h.Size(b) + g.Size(nil) // ERROR "imprecise interface call$"
}

func useS(b []byte) int { // ERROR "leaking param: b$"
	return Two(S{}, S{}, b)
}

func useI(b []byte, s Sizer) int { // ERROR "leaking param: b$" "leaking param: s$"
	return Two(s, s, b) + len(MakeBuf(func() Sizer { return s })) // ERROR "func literal does not escape$"
}
