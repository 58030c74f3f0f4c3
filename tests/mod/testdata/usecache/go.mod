module goesc.test/usecache

go 1.23

require (
	example.com/Dep v1.0.0 // found in the fake module cache ../modcache
	example.com/gone v1.2.3 // not in any module cache
)
