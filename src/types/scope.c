/* scope.c: scopes (name -> object, in insertion order) and packages.
 * A scope keeps both a hash map for lookup and the insertion order, since
 * go/types' outputs that list scope contents are sorted by name but
 * declaration order matters for diagnostics. */
#include "types/types.h"

#include <string.h>

Scope *scope_new(Scope *parent, Pos pos, Pos end, const char *comment) {
    Scope *s = NEW(ty_arena(), Scope);
    s->parent = parent;
    s->pos = pos;
    s->end = end;
    s->comment = comment;
    return s;
}

Object *scope_lookup(const Scope *s, Sym *name) { return map_getp(&s->names, name); }

Object *scope_lookup_parent(const Scope *s, Sym *name, Scope **found) {
    for (; s; s = s->parent) {
        Object *o = scope_lookup(s, name);
        if (o) {
            if (found) *found = (Scope *)s;
            return o;
        }
    }
    if (found) *found = NULL;
    return NULL;
}

Object *scope_insert(Scope *s, Object *obj) {
    Object *old = scope_lookup(s, obj->name);
    if (old) return old;
    map_putp(&s->names, obj->name, obj);
    vec_push(&s->objs, obj);
    if (!obj->parent) obj->parent = s;
    return NULL;
}

Package *pkg_new(const char *path, Sym *name) {
    Package *p = NEW(ty_arena(), Package);
    p->path = arena_strndup(ty_arena(), path, strlen(path));
    p->name = name;
    p->scope = scope_new(ty_universe, (Pos){0}, (Pos){0}, "package");
    return p;
}
