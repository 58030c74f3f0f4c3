// errorcheck -0 -m -l

// Rule: blank and unnamed parameters get no diagnostics.

package p

func f(_ *int, _ []byte) {}

func g(*int, []byte) {}

func h(p *int, _ *int) {} // ERROR "p does not escape$"
