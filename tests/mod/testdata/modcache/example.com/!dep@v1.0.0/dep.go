package dep

const D = "d"
