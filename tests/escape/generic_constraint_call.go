// errorcheck -0 -m -l

// Rule: calling a constraint method through a generic function: no diagnostics at all (shaped body is dupok, passing N(1) by value allocates nothing).

package p

type Stringer interface{ String() string }

func str[T Stringer](x T) string { return x.String() }

type N int

func (n N) String() string { return "n" }

func f() string {
	return str(N(1))
}
