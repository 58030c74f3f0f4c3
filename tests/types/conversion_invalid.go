// errorcheck

// Types: invalid conversions.

package p

type S struct{ a int }

func f(x int, s string, p *int, sl []int) {
	_ = string(sl)    // ERROR "cannot convert sl \(variable of type \[\]int\) to type string$"
	_ = int(s)        // ERROR "cannot convert s \(variable of type string\) to type int$"
	_ = S(x)          // ERROR "cannot convert x \(variable of type int\) to type S$"
	_ = []byte(x)     // ERROR "cannot convert x \(variable of type int\) to type \[\]byte$"
	_ = (*float64)(p) // ERROR "cannot convert p \(variable of type \*int\) to type \*float64$"
	_ = bool(x)       // ERROR "cannot convert x \(variable of type int\) to type bool$"
}
