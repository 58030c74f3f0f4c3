// errorcheck

// Types: too many or too few arguments in calls. The message continues on
// tab-indented lines (have/want, untyped constants shown as "number"); the
// regexps match them with \n\t.

package p

func g(a int, b string) {}

func f() {
	g(1)         // ERROR "not enough arguments in call to g\n\thave \(number\)\n\twant \(int, string\)$"
	g(1, "x", 3) // ERROR "too many arguments in call to g\n\thave \(number, string, number\)\n\twant \(int, string\)$"
	g()          // ERROR "not enough arguments in call to g\n\thave \(\)\n\twant \(int, string\)$"
}
