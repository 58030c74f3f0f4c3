// errorcheck -0 -m -l

// Rule: mutually recursive functions form one SCC batch and get consistent tags.

package p

var g *int

func even(p *int, n int) bool { // ERROR "leaking param: p$"
	if n == 0 {
		return true
	}
	return odd(p, n-1)
}

func odd(p *int, n int) bool { // ERROR "leaking param: p$"
	if n == 0 {
		g = p
		return false
	}
	return even(p, n-1)
}
