/* rules.c: the import rules go list enforces beyond finding a package.
 *
 * An import must not be relative ("./x") in module mode, must not name a
 * main package, must not reach into a vendor tree directly, and may use an
 * "internal" package only from within the tree rooted at internal's
 * parent directory. Violations are errors of the importing package, worded
 * and positioned as the go command words them. */
#include "load/internal.h"

#include <stdio.h>
#include <string.h>

bool load_is_local_import(const char *path) {
    return !strcmp(path, ".") || !strcmp(path, "..") || !strncmp(path, "./", 2) || !strncmp(path, "../", 3);
}

/* where: "file:line:col" of an import, relative to the working directory. */
static const char *where(Loader *L, const char *file, Pos pos) {
    return load_fmt(L->a, "%s:%u:%u", file ? load_short_path(L, file) : "", pos.line, pos.col);
}

/* internal_index: the offset of the last "internal" element of path, or -1. */
static int internal_index(const char *path) {
    int found = -1;
    size_t n = strlen(path);
    for (size_t i = 0; i + 8 <= n; i++) {
        bool start = i == 0 || path[i - 1] == '/';
        bool end = i + 8 == n || path[i + 8] == '/';
        if (start && end && !strncmp(path + i, "internal", 8)) found = (int)i;
    }
    return found;
}

/* internal_allowed: may importer use q, judged by directories as go does? */
static bool internal_allowed(LoadPackage *importer, LoadPackage *q) {
    int i = internal_index(q->path);
    if (i < 0) return true;
    size_t pl = strlen(q->path), dl = strlen(q->dir);
    size_t cut = pl - (size_t)i; /* bytes of "internal..." at the end */
    if (dl < cut) return true;
    size_t parent = dl - cut;
    while (parent > 0 && q->dir[parent - 1] == '/') parent--;
    if (strncmp(importer->dir, q->dir, parent)) return false;
    return importer->dir[parent] == 0 || importer->dir[parent] == '/';
}

static bool has_vendor_element(const char *path) {
    return !strncmp(path, "vendor/", 7) || strstr(path, "/vendor/") != NULL;
}

/* stack_text: "package A\n\timports B ... " for the packages being loaded
 * down to importer. */
static const char *stack_text(Loader *L, LoadPackage *importer) {
    size_t cap = 16 + strlen(importer->path);
    for (int i = 0; i < L->stack.n; i++) cap += strlen(L->stack.a[i]->path) + 12;
    char *buf = arena_alloc(L->a, cap), *o = buf;
    o += sprintf(o, "package ");
    for (int i = 0; i < L->stack.n && L->stack.a[i] != importer; i++) o += sprintf(o, "%s\n\timports ", L->stack.a[i]->path);
    sprintf(o, "%s", importer->path);
    return buf;
}

const char *load_import_error(Loader *L, LoadPackage *importer, LoadPackage *q, const char *written, const char *file, Pos pos) {
    if (!file) return NULL;
    if (load_is_local_import(written))
        return load_fmt(L->a, "%s: local import \"%s\" in non-local package", where(L, file, pos), written);
    if (q->error) return NULL;
    if (!importer->std && has_vendor_element(written))
        return load_fmt(L->a, "%s: use of vendored package not allowed", where(L, file, pos));
    if (!L->cfg->any_internal && !internal_allowed(importer, q))
        return load_fmt(L->a, "%s\n\t%s: use of internal package %s not allowed", stack_text(L, importer), where(L, file, pos), q->path);
    if (q->name && !strcmp(q->name, "main"))
        return load_fmt(L->a, "%s: import \"%s\" is a program, not an importable package", where(L, file, pos), q->path);
    return NULL;
}
