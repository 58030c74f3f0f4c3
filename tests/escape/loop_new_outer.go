// errorcheck -0 -m -l

// Rule: new() inside a loop whose result is kept in an outer variable escapes.

package p

func f(n int) *int {
	var last *int
	for i := 0; i < n; i++ {
		p := new(int) // ERROR "new\(int\) escapes to heap$"
		last = p
	}
	return last
}
