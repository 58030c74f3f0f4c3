// errorcheck

// Types: misuse of builtins (len of int, cap of map, append to non-slice, delete on slice).

package p

func f(x int, m map[int]int, s []int) {
	_ = len(x)       // ERROR "invalid argument: x \(variable of type int\) for built-in len$"
	_ = cap(m)       // ERROR "invalid argument: m \(variable of type map\[int\]int\) for built-in cap$"
	_ = append(x, 1) // ERROR "invalid append: argument must be a slice; have x \(variable of type int\)$"
	delete(s, 0)     // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map$"
	_ = make(int)    // ERROR "invalid argument: cannot make int: type must be slice, map, or channel$"
	_ = new(1, 2)    // ERROR "invalid operation: too many arguments for new\(1, 2\) \(expected 1, found 2\)$"
}
