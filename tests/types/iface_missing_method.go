// errorcheck

// Types: a type that does not implement an interface (missing method).

package p

type I interface {
	M()
	N() int
}

type T struct{}

func (T) M() {}

var _ I = T{} // ERROR "cannot use T\{\} \(value of struct type T\) as I value in variable declaration: T does not implement I \(missing method N\)$"

func use(I) {}

func f() {
	use(T{}) // ERROR "cannot use T\{\} \(value of struct type T\) as I value in argument to use: T does not implement I \(missing method N\)$"
}
