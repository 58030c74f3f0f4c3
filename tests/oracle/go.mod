module goesc.test/oracle

go 1.27
