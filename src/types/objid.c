/* objid.c: identity of names across packages (go/types' Id and sameId)
 * and the order in which go/types sorts interface methods.
 * An exported name is the same everywhere; an unexported one is qualified
 * by its package path. Ids are interned so they compare by pointer, and
 * their string order is the order of method sets. */
#include "types/types.h"

#include <string.h>
#include <strings.h>

/* ASCII upper case only, as obj_new decides Object.exported; objects carry
 * the checker's (Unicode) answer in their exported flag, which the object
 * functions below use. */
bool ty_is_exported(const Sym *name) {
    if (!name || !name->len) return false;
    unsigned char c = (unsigned char)name->s[0];
    return c >= 'A' && c <= 'Z';
}

Sym *ty_id(const Package *pkg, const Sym *name) {
    if (ty_is_exported(name)) return (Sym *)name;
    const char *path = pkg && pkg->path && *pkg->path ? pkg->path : "_";
    StrBuf b = {0};
    sb_printf(&b, "%s.%s", path, name->s);
    Sym *id = intern(b.s, b.len);
    sb_free(&b);
    return id;
}

/* Ids of objects are asked for often (method sets, interface identity):
 * cache them. An object's package and name never change once it is made. */
static Map obj_ids; /* Object* -> Sym* */

Sym *obj_id(const Object *obj) {
    Sym *id = map_getp(&obj_ids, obj);
    if (!id) {
        id = obj->exported ? obj->name : ty_id(obj->pkg, obj->name);
        map_putp(&obj_ids, obj, id);
    }
    return id;
}

bool ty_same_pkg(const Package *a, const Package *b) {
    if (!a || !b) return a == b;
    return a == b || strcmp(a->path, b->path) == 0;
}

bool obj_same_id(const Object *obj, const Package *pkg, const Sym *name, bool fold_case) {
    if (fold_case && obj->name->len == name->len && strcasecmp(obj->name->s, name->s) == 0) return true;
    if (obj->name != name) return false;
    if (obj->exported) return true;
    return ty_same_pkg(obj->pkg, pkg);
}

int obj_cmp(const Object *a, const Object *b) {
    if (a == b) return 0;
    if (!a) return -1;
    if (!b) return 1;
    bool ea = a->exported, eb = b->exported;
    if (ea != eb) return ea ? -1 : 1;
    if (a->name != b->name) return strcmp(a->name->s, b->name->s);
    if (ea) return 0;
    const char *pa = a->pkg ? a->pkg->path : "", *pb = b->pkg ? b->pkg->path : "";
    return strcmp(pa, pb);
}
