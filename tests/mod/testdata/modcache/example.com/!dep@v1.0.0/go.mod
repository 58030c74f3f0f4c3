module example.com/Dep

go 1.21
