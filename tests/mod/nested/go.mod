module goesc.test/nested

go 1.22
