/* universe.c: the universe scope and package unsafe.
 * Predeclared types (the basic kinds, byte and rune, error, any as an
 * alias of interface{}, comparable), constants true/false/iota, nil, and
 * the builtin functions; unsafe.Pointer and unsafe's builtins live in
 * package unsafe. */
#include "types/types.h"

Scope *ty_universe;
Package *ty_unsafe;
Type *ty_basic[B_COUNT];
Type *ty_byte, *ty_rune;
Type *ty_error, *ty_any, *ty_comparable, *ty_empty_iface;

const BuiltinInfo ty_builtins[BLT_COUNT] = {
#define X(id, name, nargs, variadic, isstmt) {name, nargs, variadic, isstmt},
    BUILTINS(X)
#undef X
};

static Type *basic(BasicKind k, BasicInfo info, const char *name) {
    Type *t = ty_new(T_BASIC);
    t->u.basic.kind = k;
    t->u.basic.info = info;
    t->u.basic.name = name;
    return t;
}

/* def declares a predeclared object in the universe, or in unsafe when its
 * name is exported (unsafe.Pointer and unsafe's functions). */
static Object *def(ObjKind kind, const char *name, Type *type) {
    Object *o = obj_new(kind, (Pos){0}, NULL, intern_cstr(name), type);
    Scope *s = ty_universe;
    if (o->exported) {
        o->pkg = ty_unsafe;
        s = ty_unsafe->scope;
    }
    if (scope_insert(s, o)) die("double declaration of predeclared %s", name);
    return o;
}

static Object *def_named(const char *name, Type *underlying) {
    Object *o = def(OBJ_TYPENAME, name, NULL);
    Type *t = ty_new(T_NAMED);
    t->u.named.obj = o;
    t->u.named.orig = t;
    t->u.named.underlying = underlying;
    o->type = t;
    return o;
}

static void def_types(void) {
    static const BasicInfo infos[] = {
#define X(k, name, info) info,
        BASIC_KINDS(X)
#undef X
    };
    static const char *names[] = {
#define X(k, name, info) name,
        BASIC_KINDS(X)
#undef X
    };
    for (int k = 0; k < B_COUNT; k++) {
        ty_basic[k] = basic((BasicKind)k, infos[k], names[k]);
        if (k != B_INVALID && k < B_UNTYPED_BOOL) def(OBJ_TYPENAME, names[k], ty_basic[k]); /* names with blanks are not declared */
    }
    ty_byte = basic(B_UINT8, BI_INTEGER | BI_UNSIGNED, "byte");
    ty_rune = basic(B_INT32, BI_INTEGER, "rune");
    def(OBJ_TYPENAME, "byte", ty_byte);
    def(OBJ_TYPENAME, "rune", ty_rune);
}

static void def_error(void) {
    Object *res = obj_var(VK_RESULT, (Pos){0}, NULL, intern_cstr(""), ty_basic[B_STRING]);
    Type *sig = ty_new(T_SIGNATURE);
    sig->u.sig.params = ty_tuple(NULL, 0);
    sig->u.sig.results = ty_tuple(&res, 1);
    Object *m = obj_new(OBJ_FUNC, (Pos){0}, NULL, intern_cstr("Error"), sig);
    Type *it = ty_new(T_INTERFACE);
    it->u.iface.methods = arena_dup(ty_arena(), &m, sizeof m);
    it->u.iface.nmethods = 1;
    Object *o = def_named("error", it);
    ty_error = o->type;
    sig->u.sig.recv = obj_var(VK_RECV, (Pos){0}, NULL, intern_cstr(""), ty_error);
}

static void def_any_comparable(void) {
    ty_empty_iface = ty_new(T_INTERFACE);
    Object *o = def(OBJ_TYPENAME, "any", NULL);
    Type *a = ty_new(T_ALIAS);
    a->u.alias.obj = o;
    a->u.alias.orig = a;
    a->u.alias.rhs = a->u.alias.actual = ty_empty_iface;
    o->type = ty_any = a;

    Type *ci = ty_new(T_INTERFACE);
    ci->u.iface.tset = NEW(ty_arena(), TypeSet);
    ci->u.iface.tset->all_types = true;
    ci->u.iface.tset->comparable = true;
    ty_comparable = def_named("comparable", ci)->type;
}

void ty_init(void) {
    if (ty_universe) return;
    ty_universe = scope_new(NULL, (Pos){0}, (Pos){0}, "universe");
    ty_unsafe = pkg_new("unsafe", intern_cstr("unsafe"));
    ty_unsafe->complete = true;
    def_types();
    def_error();
    def_any_comparable();
    def(OBJ_CONST, "true", ty_basic[B_UNTYPED_BOOL])->u.val = cv_bool(true);
    def(OBJ_CONST, "false", ty_basic[B_UNTYPED_BOOL])->u.val = cv_bool(false);
    def(OBJ_CONST, "iota", ty_basic[B_UNTYPED_INT])->u.val = cv_int64(0);
    def(OBJ_NIL, "nil", ty_basic[B_UNTYPED_NIL]);
    for (int i = 0; i < BLT_COUNT; i++) def(OBJ_BUILTIN, ty_builtins[i].name, ty_basic[B_INVALID])->u.builtin = (BuiltinId)i;
}
