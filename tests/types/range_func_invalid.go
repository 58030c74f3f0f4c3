// errorcheck

// Types: range clauses over functions that are not iterators, over
// floats, over a pointer to an array (valid), with too many iteration
// variables for the range expression, and assigning to a non-variable.

package p

func bad1(yield func(int))              {}
func bad2(x int, yield func(int) bool) {}
func bad3(yield func(int, int, int) bool) {}
func it(yield func(int) bool)          {}

func f(ch chan int) {
	for range bad1 { // ERROR "cannot range over bad1 \(value of type func\(yield func\(int\)\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func does not return bool$"
	}
	for range bad2 { // ERROR "cannot range over bad2 \(value of type func\(x int, yield func\(int\) bool\)\): func must be func\(yield func\(\.\.\.\) bool\): wrong argument count$"
	}
	for range bad3 { // ERROR "cannot range over bad3 \(value of type func\(yield func\(int, int, int\) bool\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func has too many parameters$"
	}
	for x, y := range it { // ERROR "range over it \(value of type func\(yield func\(int\) bool\)\) permits only one iteration variable$"
		_, _ = x, y
	}
	for i, v := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable$"
		_, _ = i, v
	}
	for i, v := range 10 { // ERROR "range over 10 \(untyped int constant\) permits only one iteration variable$"
		_, _ = i, v
	}
	for _ = range 3.5 { // ERROR "cannot range over 3\.5 \(untyped float constant\)$"
	}
	var p *[3]int
	for i, v := range p {
		_, _ = i, v
	}
	for 1 = range []int{} { // ERROR "cannot assign to 1 \(neither addressable nor a map index expression\)$"
	}
}
