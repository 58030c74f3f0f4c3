// errorcheck

// Types: a method with the same name as a field.

package p

type T struct{ n int }

func (T) n() int { return 0 } // ERROR "field and method with the same name n"
