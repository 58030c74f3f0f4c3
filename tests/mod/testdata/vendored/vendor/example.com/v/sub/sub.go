package sub

const S = "s"
