package nested

const N = "n"
