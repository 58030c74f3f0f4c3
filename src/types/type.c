/* type.c: making types and asking simple questions of them.
 * Every type lives in the one long-lived types arena: packages that import
 * others keep pointers into it. Composite types are not canonicalised
 * (identity is structural, decided by the checker), but each gets an id
 * in creation order so maps keyed by types can be printed deterministically. */
#include "types/types.h"

static Arena *arena;
static uint32_t next_type_id, next_obj_id;

Arena *ty_arena(void) {
    if (!arena) arena = arena_new();
    return arena;
}

Type *ty_new(TypeKind kind) {
    Type *t = NEW(ty_arena(), Type);
    t->kind = kind;
    t->id = ++next_type_id;
    return t;
}

static Type *elem_type(TypeKind kind, Type *elem) {
    Type *t = ty_new(kind);
    t->u.ptr.elem = elem;
    return t;
}

Type *ty_pointer(Type *elem) { return elem_type(T_POINTER, elem); }
Type *ty_slice(Type *elem) { return elem_type(T_SLICE, elem); }

Type *ty_array(Type *elem, int64_t len) {
    Type *t = ty_new(T_ARRAY);
    t->u.array.elem = elem;
    t->u.array.len = len;
    return t;
}

Type *ty_map(Type *key, Type *elem) {
    Type *t = ty_new(T_MAP);
    t->u.map.key = key;
    t->u.map.elem = elem;
    return t;
}

Type *ty_chan(Type *elem, ChanDir dir) {
    Type *t = ty_new(T_CHAN);
    t->u.chan.elem = elem;
    t->u.chan.dir = dir;
    return t;
}

Type *ty_tuple(Object **vars, int n) {
    Type *t = ty_new(T_TUPLE);
    t->u.tuple.vars = n ? arena_dup(ty_arena(), vars, sizeof(Object *) * (size_t)n) : NULL;
    t->u.tuple.n = n;
    return t;
}

static bool is_exported_name(const Sym *name) {
    if (!name || !name->len) return false;
    unsigned char c = (unsigned char)name->s[0];
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    /* Non-ASCII: exported iff the first rune is an upper-case letter.
     * The common upper-case ranges beyond ASCII are Latin-1/Greek/Cyrillic;
     * the checker refines this with the syntax stage's Unicode tables. */
    return false;
}

Object *obj_new(ObjKind kind, Pos pos, Package *pkg, Sym *name, Type *type) {
    Object *o = NEW(ty_arena(), Object);
    o->kind = kind;
    o->pos = pos;
    o->pkg = pkg;
    o->name = name;
    o->type = type;
    o->id = ++next_obj_id;
    o->exported = is_exported_name(name);
    return o;
}

Object *obj_var(VarKind vk, Pos pos, Package *pkg, Sym *name, Type *type) {
    Object *o = obj_new(OBJ_VAR, pos, pkg, name, type);
    o->u.var.vkind = vk;
    return o;
}

extern inline Type *ty_unalias(Type *t);
extern inline Type *ty_underlying(Type *t);

bool ty_is_basic(Type *t, BasicInfo info) {
    Type *u = ty_underlying(t);
    return u && u->kind == T_BASIC && (u->u.basic.info & info) != 0;
}

extern inline bool ty_is_untyped(Type *t);
extern inline bool ty_is_typed(Type *t);

bool ty_is_interface(Type *t) {
    Type *u = ty_underlying(t);
    return u && u->kind == T_INTERFACE && !ty_is_typeparam(t);
}

extern inline bool ty_is_typeparam(Type *t);

const char *ty_kind_name(TypeKind k) {
    static const char *names[] = {
#define X(k, name) name,
        TYPE_KINDS(X)
#undef X
    };
    return (unsigned)k < T_COUNT ? names[k] : "?";
}

const char *obj_kind_name(ObjKind k) {
    static const char *names[] = {
#define X(k, name) name,
        OBJ_KINDS(X)
#undef X
    };
    return (unsigned)k < OBJ_COUNT ? names[k] : "?";
}
