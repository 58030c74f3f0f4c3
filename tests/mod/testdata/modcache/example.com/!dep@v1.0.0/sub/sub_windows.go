package sub

const W = "w"
