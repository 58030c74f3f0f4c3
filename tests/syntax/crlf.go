package cr

const s = `a
b`

var x = 1 // comment
