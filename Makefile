# goesc: one Makefile. `make` builds build/goesc; `make test` runs every test;
# `make asan` builds build/asan/goesc with AddressSanitizer and UBSan.
CC      ?= cc
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN    := -Wall -Wextra -Wno-unused-parameter -Wshadow=local
ifeq ($(WERROR),1)
WARN    += -Werror
endif
OPT     ?= -O2 -g
CFLAGS  += $(CSTD) $(WARN) $(OPT) -Isrc
LDLIBS  += -lgmp -lpthread

SRCS    := $(sort $(wildcard src/*.c src/*/*.c))
OBJS    := $(SRCS:src/%.c=build/obj/%.o)
AOBJS   := $(SRCS:src/%.c=build/asan/obj/%.o)
LIBOBJS := $(filter-out build/obj/main.o,$(OBJS))
UNIT    := $(sort $(wildcard tests/unit/*.c))
UNITBIN := $(UNIT:tests/unit/%.c=build/unit/%)

.PHONY: all asan test unit check-parse check-list check-robust check-robust-types check-escape-std bench bench-escape clean fuzz example
all: build/goesc

build/goesc: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $(OBJS) $(LDLIBS)

build/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	@echo "CC $<"; $(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

asan: build/asan/goesc
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
build/asan/goesc: $(AOBJS)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $(AOBJS) $(LDLIBS)
build/asan/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	@echo "CC(asan) $<"; $(CC) $(CFLAGS) -O1 $(SANFLAGS) -MMD -MP -c -o $@ $<

build/unit/%: tests/unit/%.c tests/unit/check.h $(LIBOBJS)
	@mkdir -p $(dir $@)
	@$(CC) $(CFLAGS) -o $@ $< $(LIBOBJS) $(LDLIBS)

unit: $(UNITBIN)
	@pass=0; fail=0; for t in $(UNITBIN); do \
	  if $$t; then pass=$$((pass+1)); else echo "FAIL: $$t"; fail=$$((fail+1)); fi; done; \
	  echo "unit: $$pass passed, $$fail failed"; [ $$fail -eq 0 ]

# The full suite: unit tests, then the oracle comparisons (they fetch Go
# 1.27 through scripts/get-go when it is not there yet).
test: all asan unit
	tests/run-all

check-parse: all
	tests/check-parse
check-list: all
	tests/check-list
check-robust: asan
	tests/check-robust
# The checker's sanitizer sweep over $GOROOT/test: too slow for make test
# (about 15 minutes on a loaded 2-core machine); .ci/run runs it.
check-robust-types: all asan
	tests/check-robust-types-slow
# goesc -m -l std against gc's go build -a -gcflags='-m -l' std (gc's run
# takes a minute or more the first time; its output is kept in build/oracle).
check-escape-std: all
	tests/check-escape-std

# Run goesc on the bundled example package.
example: all
	cd examples/hello && ../../build/goesc list . && ../../build/goesc check . && \
	  ../../build/goesc check -dump . | grep -E ' (def|use) ' | head -n 12 && echo "example: loaded, parsed and type-checked OK"

fuzz:
	tests/fuzz/run

bench: all
	bench/parse
	bench/check
# goesc -m -l std beside go build -a -gcflags='-m -l' std (several minutes).
bench-escape: all
	bench/escape

clean:
	rm -rf build

-include $(OBJS:.o=.d) $(AOBJS:.o=.d)
