// errorcheck -0 -m -l

// Rule: in a shaped body a call of an instantiation whose type arguments depend on the type parameters passes a word of the body's dictionary (a sub-dictionary), after its method expression words, one word per distinct callee and type arguments: (*[N]uintptr)(.dict[k]). (N, the callee dictionary's length, also counts runtime types goesc does not list yet: not checked here.)

package p

type Namer interface{ Name() string }

func Name[T Namer](x T) string { return x.Name() }

func Label2[T Namer, U Namer](x T, u U) string {
	return "<" + u.Name() + Name(u) + Name(x) + ">" // ERROR "\x22<\x22 \+ \(func\(go.shape.string\) string\)\(&.dict\[0\]\)\(u\) \+ Name\[go.shape.string\]\(\(\*\[[0-9]+\]uintptr\)\(.dict\[1\]\), u\) \+ Name\[go.shape.string\]\(\(\*\[[0-9]+\]uintptr\)\(.dict\[2\]\), x\) \+ \x22>\x22 escapes to heap$"
}

type S string

func (s S) Name() string { return string(s) } // ERROR "leaking param: s to result ~r0 level=0$"

func use(s S) string { // ERROR "leaking param: s$"
	return Label2(s, s)
}
