// errorcheck

// Types: selecting a field or method that does not exist.

package p

type T struct{ a int }

func (T) M() {}

func f(t T, p *T) {
	_ = t.b // ERROR "t\.b undefined \(type T has no field or method b\)$"
	p.N()   // ERROR "p\.N undefined \(type \*T has no field or method N\)$"
	_ = T.X // ERROR "T\.X undefined \(type T has no field or method X\)$"
}
