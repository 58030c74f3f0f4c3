/* sizes.c: sizes, alignments and field offsets as gc computes them.
 * Escape analysis' stack limits depend on these, so they follow gc's rules
 * for the target GOARCH: basic sizes, word-sized strings/slices/interfaces,
 * complex aligned like a pair of floats, alignment capped at the arch's
 * maximum, and a non-zero-sized struct ending in a zero-sized field padded
 * by one byte. Results are cached on the type. */
#include "types/types.h"

#include <string.h>

static Sizes sizes = {8, 8};

static const struct {
    const char *arch;
    Sizes s;
} arch_sizes[] = {
    {"386", {4, 4}},     {"amd64", {8, 8}},    {"amd64p32", {4, 8}}, {"arm", {4, 4}},
    {"arm64", {8, 8}},   {"loong64", {8, 8}},  {"mips", {4, 4}},     {"mipsle", {4, 4}},
    {"mips64", {8, 8}},  {"mips64le", {8, 8}}, {"ppc64", {8, 8}},    {"ppc64le", {8, 8}},
    {"riscv64", {8, 8}}, {"s390x", {8, 8}},    {"sparc64", {8, 8}},  {"wasm", {8, 8}},
};

bool ty_sizes_for_arch(const char *goarch, Sizes *out) {
    for (size_t i = 0; i < sizeof arch_sizes / sizeof arch_sizes[0]; i++)
        if (!strcmp(arch_sizes[i].arch, goarch)) {
            *out = arch_sizes[i].s;
            return true;
        }
    return false;
}

void ty_set_sizes(Sizes s) { sizes = s; }

static int64_t basic_size(BasicKind k) {
    switch (k) {
    case B_BOOL: case B_INT8: case B_UINT8: return 1;
    case B_INT16: case B_UINT16: return 2;
    case B_INT32: case B_UINT32: case B_FLOAT32: return 4;
    case B_INT64: case B_UINT64: case B_FLOAT64: case B_COMPLEX64: return 8;
    case B_COMPLEX128: return 16;
    case B_STRING: return 2 * sizes.word;
    default: return sizes.word; /* int, uint, uintptr, unsafe.Pointer */
    }
}

static int64_t align_up(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

static bool is_atomic_align64(Type *t) {
    t = ty_unalias(t);
    if (!t || t->kind != T_NAMED) return false;
    Object *o = t->u.named.obj;
    return o->pkg && !strcmp(o->name->s, "align64") &&
           (!strcmp(o->pkg->path, "sync/atomic") || !strcmp(o->pkg->path, "internal/runtime/atomic"));
}

static void compute(Type *t);

int64_t ty_sizeof(Type *t) {
    if (!t->size_known) compute(t);
    return t->size;
}

int64_t ty_alignof(Type *t) {
    if (!t->size_known) compute(t);
    return t->align;
}

/* offset of each field in turn; -1 once the struct is too large */
static int64_t field_offsets(Type *st, int upto, int64_t *last_size) {
    int64_t offs = 0;
    for (int i = 0; i <= upto; i++) {
        Type *ft = st->u.strct.fields[i]->type;
        if (offs < 0) return -1;
        offs = align_up(offs, ty_alignof(ft));
        if (i == upto) {
            *last_size = ty_sizeof(ft);
            return offs;
        }
        int64_t d = ty_sizeof(ft);
        offs = (d >= 0 && offs <= INT64_MAX - d) ? offs + d : -1;
    }
    return offs;
}

int64_t ty_offsetof(Type *strct, int field) {
    Type *u = ty_underlying(strct);
    int64_t last;
    return field_offsets(u, field, &last);
}

static void compute_struct(Type *t, Type *u) {
    int n = u->u.strct.nfields;
    int64_t align = 1;
    for (int i = 0; i < n; i++) {
        int64_t a = ty_alignof(u->u.strct.fields[i]->type);
        if (a > align) align = a;
    }
    if (n == 0 && is_atomic_align64(t)) align = 8;
    t->align = align;
    if (n == 0) {
        t->size = 0;
        return;
    }
    int64_t last;
    int64_t offs = field_offsets(u, n - 1, &last);
    if (offs < 0 || last < 0) {
        t->size = -1;
        return;
    }
    if (offs > 0 && last == 0) last = 1;
    t->size = offs > INT64_MAX - last - align ? -1 : align_up(offs + last, align);
}

static void compute_array(Type *t, Type *u) {
    Type *elem = u->u.array.elem;
    int64_t n = u->u.array.len, es = ty_sizeof(elem);
    t->align = ty_alignof(elem);
    if (n <= 0 || es == 0) t->size = 0;
    else if (es < 0 || es > INT64_MAX / n) t->size = -1;
    else t->size = es * n;
}

static int64_t scalar_align(Type *u, int64_t size) {
    if (size < 1) return 1;
    if (u->kind == T_BASIC && (u->u.basic.info & BI_COMPLEX)) size /= 2;
    return size > sizes.max_align ? sizes.max_align : size;
}

static void compute(Type *t) {
    Type *u = ty_underlying(t);
    if (!u) die("size of an unresolved type");
    t->size_known = true; /* set first: a cycle reads 0, the checker reports it */
    switch (u->kind) {
    case T_STRUCT: compute_struct(t, u); return;
    case T_ARRAY: compute_array(t, u); return;
    case T_SLICE: t->size = 3 * sizes.word; t->align = sizes.word; return;
    case T_INTERFACE: t->size = 2 * sizes.word; t->align = sizes.word; return;
    case T_BASIC:
        t->size = basic_size(u->u.basic.kind);
        t->align = (u->u.basic.info & BI_STRING) ? sizes.word : scalar_align(u, t->size);
        return;
    case T_TYPEPARAM: case T_UNION: die("size of a %s", ty_kind_name(u->kind));
    default: /* pointers, maps, chans, funcs */
        t->size = sizes.word;
        t->align = scalar_align(u, t->size);
        return;
    }
}
