module example.com/m.x

go 1.27
