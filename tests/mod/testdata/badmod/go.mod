module goesc.test/badmod

go 1.22

frobnicate x
