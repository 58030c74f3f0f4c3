// errorcheck -0 -m -l

// Rule: a type switch on an interface param does not make it escape.

package p

func f(i any) int { // ERROR "i does not escape$"
	switch v := i.(type) {
	case int:
		return v
	case string:
		return len(v)
	}
	return 0
}
