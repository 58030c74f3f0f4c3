// The goesc load-stage test module: tiny packages exercising build
// constraints, file-name rules, a nested module and a local replace.
module goesc.test/mod

go 1.24

require goesc.test/nested v0.0.0

replace goesc.test/nested => ./nested

toolchain go1.27.0

godebug default=go1.24
