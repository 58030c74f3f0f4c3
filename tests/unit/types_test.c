/* types_test.c: unit tests of the types core: universe, gc sizes and
 * go/types' TypeString forms. Expected values follow go/types (checked
 * with go/types' gcSizes and TypeString when written). */
#include <stdio.h>
#include <string.h>

#include "types/types.h"

#include "check.h"

static void check_str(Type *t, const char *want, int line) {
    char *got = ty_string(t);
    if (strcmp(got, want)) {
        failures++;
        fprintf(stderr, "%s:%d: type string %s, want %s\n", __FILE__, line, got, want);
    }
    free(got);
}
#define STR(t, want) check_str((t), (want), __LINE__)

static Object *var(const char *name, Type *t) {
    return obj_var(VK_PARAM, (Pos){0}, NULL, intern_cstr(name), t);
}

static Type *strct(int n, const char **names, Type **types) {
    Type *t = ty_new(T_STRUCT);
    t->u.strct.fields = NEWARR(ty_arena(), Object *, n);
    for (int i = 0; i < n; i++) t->u.strct.fields[i] = var(names[i], types[i]);
    t->u.strct.nfields = n;
    return t;
}

static Type *func(Object **params, int np, Object **results, int nr, bool variadic) {
    Type *t = ty_new(T_SIGNATURE);
    t->u.sig.params = ty_tuple(params, np);
    t->u.sig.results = ty_tuple(results, nr);
    t->u.sig.variadic = variadic;
    return t;
}

static void test_universe(void) {
    CHECK(scope_lookup(ty_universe, intern_cstr("int"))->type == ty_basic[B_INT]);
    CHECK(scope_lookup(ty_universe, intern_cstr("byte"))->type == ty_byte);
    CHECK(scope_lookup(ty_universe, intern_cstr("Pointer")) == NULL);
    Object *p = scope_lookup(ty_unsafe->scope, intern_cstr("Pointer"));
    CHECK(p && p->pkg == ty_unsafe);
    CHECK(scope_lookup(ty_unsafe->scope, intern_cstr("Sizeof"))->kind == OBJ_BUILTIN);
    Object *app = scope_lookup(ty_universe, intern_cstr("append"));
    CHECK(app && app->u.builtin == BLT_APPEND);
    CHECK(scope_lookup(ty_universe, intern_cstr("invalid type")) == NULL);
    Object *t = scope_lookup(ty_universe, intern_cstr("true"));
    CHECK(t && t->kind == OBJ_CONST && cv_bool_val(t->u.val));
    STR(ty_error, "error");
    STR(ty_underlying(ty_error), "interface{Error() string}");
    STR(ty_any, "any");
    STR(ty_underlying(ty_comparable), "interface{comparable}");
    STR(ty_basic[B_UNSAFE_POINTER], "unsafe.Pointer");
    STR(ty_basic[B_UNTYPED_FLOAT], "untyped float");
}

static void test_sizes(void) {
    Type *b = ty_basic[B_BOOL], *i64 = ty_basic[B_INT64], *i32 = ty_basic[B_INT32];
    Type *t1 = strct(3, (const char *[]){"a", "b", "c"}, (Type *[]){b, i64, b});
    CHECK(ty_sizeof(t1) == 24 && ty_alignof(t1) == 8);
    CHECK(ty_offsetof(t1, 1) == 8 && ty_offsetof(t1, 2) == 16);
    Type *empty = strct(0, NULL, NULL);
    CHECK(ty_sizeof(empty) == 0 && ty_alignof(empty) == 1);
    Type *t2 = strct(2, (const char *[]){"a", "z"}, (Type *[]){i32, empty});
    CHECK(ty_sizeof(t2) == 8); /* trailing zero-size field padded */
    Type *t3 = strct(2, (const char *[]){"z", "a"}, (Type *[]){empty, i32});
    CHECK(ty_sizeof(t3) == 4);
    Type *arr = ty_array(ty_basic[B_COMPLEX64], 3);
    CHECK(ty_sizeof(arr) == 24 && ty_alignof(arr) == 4);
    CHECK(ty_alignof(ty_basic[B_COMPLEX128]) == 8 && ty_sizeof(ty_basic[B_COMPLEX128]) == 16);
    CHECK(ty_sizeof(ty_basic[B_STRING]) == 16 && ty_sizeof(ty_slice(b)) == 24);
    CHECK(ty_sizeof(ty_underlying(ty_error)) == 16);
    Type *huge = ty_array(ty_array(i64, 1LL << 40), 1LL << 40);
    CHECK(ty_sizeof(huge) == -1);
    Sizes s386;
    CHECK(ty_sizes_for_arch("386", &s386) && s386.word == 4);
    CHECK(!ty_sizes_for_arch("z80", &s386));
}

static void test_strings(void) {
    Type *i = ty_basic[B_INT], *s = ty_basic[B_STRING];
    STR(ty_map(s, ty_slice(ty_pointer(i))), "map[string][]*int");
    STR(ty_chan(ty_chan(i, CHAN_RECV), CHAN_BOTH), "chan (<-chan int)");
    STR(ty_chan(ty_chan(i, CHAN_SEND), CHAN_RECV), "<-chan chan<- int");
    STR(ty_array(ty_byte, 4), "[4]byte");
    Type *st = strct(2, (const char *[]){"x", "y"}, (Type *[]){i, s});
    st->u.strct.tags = NEWARR(ty_arena(), Sym *, 2);
    st->u.strct.tags[1] = intern_cstr("json:\"y\"");
    STR(st, "struct{x int; y string \"json:\\\"y\\\"\"}");
    Object *ps[] = {var("a", i), var("b", ty_slice(s))};
    Object *rs[] = {var("", i), var("", ty_error)};
    STR(func(ps, 2, rs, 2, true), "func(a int, b ...string) (int, error)");
    Object *r1[] = {var("", i)};
    STR(func(NULL, 0, r1, 1, false), "func() int");
    Object *rn[] = {var("n", i)};
    STR(func(NULL, 0, rn, 1, false), "func() (n int)");
    STR(ty_empty_iface, "interface{}");
}

int main(void) {
    ty_init();
    test_universe();
    test_sizes();
    test_strings();
    if (failures) fprintf(stderr, "types_test: %d failures\n", failures);
    return failures != 0;
}
