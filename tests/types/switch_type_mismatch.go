// errorcheck

// Types: switch cases of a type that does not match the tag.

package p

func f(x int, s string) {
	switch x {
	case "a": // ERROR "cannot convert .a. \(untyped string constant\) to type int$"
	case 1.5: // ERROR "1\.5 \(untyped float constant\) truncated to int$"
	}
	switch s {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to type string$"
	}
}
