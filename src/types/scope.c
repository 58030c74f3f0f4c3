/* scope.c: scopes (name -> object, in insertion order) and packages.
 * A scope keeps its objects in insertion order, since go/types' outputs
 * that list scope contents are sorted by name but declaration order
 * matters for diagnostics. Most scopes (blocks, functions) hold a few
 * objects: they are searched by a scan of that list (names are interned:
 * a pointer comparison each); a scope gets a hash map by name only when
 * it grows beyond SCOPE_SCAN objects (packages, files, the universe). */
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

enum { SCOPE_SCAN = 8 };

Object *scope_lookup(const Scope *s, Sym *name) {
    if (s->names.cap) return map_getp(&s->names, name);
    for (int i = 0; i < s->objs.n; i++)
        if (s->objs.a[i]->name == name) return s->objs.a[i];
    return NULL;
}

void scope_add(Scope *s, Object *obj) {
    vec_push(&s->objs, obj);
    if (s->names.cap) map_putp(&s->names, obj->name, obj);
    else if (s->objs.n > SCOPE_SCAN)
        for (int i = 0; i < s->objs.n; i++) map_putp(&s->names, s->objs.a[i]->name, s->objs.a[i]);
}

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
    scope_add(s, obj);
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
