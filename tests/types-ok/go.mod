module typesok

go 1.27
