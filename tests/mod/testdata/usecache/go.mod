module goesc.test/usecache

go 1.23

require (
	example.com/Dep v1.0.0 // found in the fake module cache ../modcache
	example.com/gone v1.2.3 // not in any module cache
	example.com/old v0.1.0 // replaced by a module of the cache
)

replace example.com/old => example.com/Dep v1.0.0
