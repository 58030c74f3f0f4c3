// errorcheck

// Types: goto jumping over a variable declaration and into a block.

package p

func f() {
	goto L // ERROR "goto L jumps over declaration of x at goto_jump\.go:9:4$"
	x := 1
L:
	_ = x
	goto B // ERROR "goto B jumps into block starting at goto_jump\.go:13:2$"
	{
	B:
	}
}
