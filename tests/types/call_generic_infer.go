// errorcheck

// Types: failed inference and instantiation in calls of generic
// functions: too many type arguments, untyped arguments of different
// kinds, parameters that no argument determines, core types, and a type
// argument that does not satisfy its constraint.

package p

func gen[T any, U comparable](x T, y U) T { return x }
func two[T any](x, y T) T                 { return x }
func gf[T any](xs ...T) T                 { var z T; return z }
func tp[T ~[]E, E any](s T)               {}

func f() {
	_ = gen[int, int, int](1, 2) // ERROR "got 3 type arguments but want 2$"
	_ = gen[int](1, []int{}) // ERROR "\[\]int does not satisfy comparable$"
	_ = two(1, "a") // ERROR "in call to two, mismatched types untyped int and untyped string \(cannot infer T\)$"
	_ = gf() // ERROR "in call to gf, cannot infer T \(declared at call_generic_infer\.go:12:9\)$"
	_ = gf(1, 2.5, "a") // ERROR "in call to gf, mismatched types untyped float and untyped string \(cannot infer T\)$"
	tp(1) // ERROR "in call to tp, cannot infer E \(declared at call_generic_infer\.go:13:17\)$"
	_ = gen(1) // ERROR "not enough arguments in call to gen"
}
