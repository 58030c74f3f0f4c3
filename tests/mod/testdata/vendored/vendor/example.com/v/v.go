package v

const V = "v"
