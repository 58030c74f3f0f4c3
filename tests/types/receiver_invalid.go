// errorcheck

// Types: invalid method receivers (pointer and interface base types, non-local types).

package p

type P *int

func (P) M() {} // ERROR "invalid receiver type P \(pointer or interface type\)$"

type I interface{ N() }

func (I) M() {} // ERROR "invalid receiver type I \(pointer or interface type\)$"

func (int) M() {} // ERROR "cannot define new methods on non-local type int$"
