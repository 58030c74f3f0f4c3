/* match.c: expanding command-line patterns into root packages, and the
 * entry point load_packages.
 *
 * Patterns are "std" and "cmd" (every package of the Go tree, or of its
 * commands), "all" (the main module's packages and everything they and
 * their tests import), directories (".", "./x", "/abs", with "..." for a whole
 * tree), import paths (with "..." matching any string), or a list of .go
 * files making one package, command-line-arguments. Tree walks skip
 * directories starting with '.' or '_', testdata, and subdirectories that
 * hold another module's go.mod; matches of one pattern come out sorted as
 * go list sorts them. */
#include "load/internal.h"

#include <string.h>

typedef Vec(const char *) Strs;

/* ---- "..." patterns ---------------------------------------------------- */

/* glob matches name against the first n bytes of pat, where "..."
 * matches any string. */
static bool glob(const char *pat, size_t n, const char *name) {
    const char *dots = NULL;
    for (size_t i = 0; i + 3 <= n && !dots; i++)
        if (!strncmp(pat + i, "...", 3)) dots = pat + i;
    if (!dots) return strlen(name) == n && !strncmp(pat, name, n);
    size_t pre = (size_t)(dots - pat);
    if (strncmp(pat, name, pre)) return false;
    for (const char *s = name + pre;; s++) {
        if (glob(dots + 3, n - pre - 3, s)) return true;
        if (!*s) return false;
    }
}

/* match_pattern: does name match pat, where a trailing "/..." also
 * matches the empty string ("net/..." matches "net")? */
static bool match_pattern(const char *pat, const char *name) {
    size_t n = strlen(pat);
    if (n >= 4 && !strcmp(pat + n - 4, "/...") && glob(pat, n - 4, name)) return true;
    return glob(pat, n, name);
}

/* tree_can_match: could name or something below it match pat? */
static bool tree_can_match(const char *pat, const char *name) {
    const char *dots = strstr(pat, "...");
    if (!dots) return load_has_path_prefix(pat, name);
    size_t pre = (size_t)(dots - pat);
    size_t n = strlen(name);
    return !strncmp(name, pat, n < pre ? n : pre);
}

typedef struct Walk {
    Loader *L;
    const char *pattern; /* NULL: everything */
    bool prune_vendor;
    bool std;            /* walking GOROOT/src for std: cmd is not part of it */
    Strs *out;
} Walk;

static void walk(Walk *w, const char *dir, const char *path, bool is_root) {
    Loader *L = w->L;
    if (!is_root && load_is_file(load_join(L->a, dir, "go.mod"))) return;
    if (*path && (!w->pattern || match_pattern(w->pattern, path))) vec_push(w->out, path);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (w->prune_vendor && !strcmp(base, "vendor")) return;
    char **names;
    char *kinds;
    int n = load_read_names(L->a, dir, &names, &kinds);
    for (int i = 0; i < n; i++) {
        const char *e = names[i];
        if (kinds[i] == 'f' || e[0] == '.' || e[0] == '_' || !strcmp(e, "testdata")) continue;
        const char *sub = *path ? load_fmt(L->a, "%s/%s", path, e) : e;
        if (w->pattern && !tree_can_match(w->pattern, sub)) continue;
        if (kinds[i] == 'l') continue; /* the go command does not follow these (it may warn) */
        if (w->std && !strcmp(sub, "cmd")) continue;
        walk(w, load_join(L->a, dir, e), sub, false);
    }
}

static int cmp_str(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

/* LoadModule-less std walks pass m NULL. */
static void add_matches(Loader *L, Strs *paths, const char *root, LoadModule *m, bool std, Strs *roots) {
    if (!std && paths->n > 1) qsort(paths->a, (size_t)paths->n, sizeof paths->a[0], cmp_str);
    for (int i = 0; i < paths->n; i++) {
        const char *path = paths->a[i];
        if (!strcmp(path, "builtin") && std) continue;
        if (std && !L->cfg->cgo && !strcmp(path, "runtime/cgo")) continue;
        const char *rel = path + (m ? strlen(m->path) : 0);
        if (*rel == '/') rel++;
        const char *dir = load_join(L->a, root, rel);
        LoadPackage *p = load_package_at(L, path, dir, m, std);
        if (!p->has_go) continue;
        if (std && load_has_path_prefix(path, "cmd/vendor") && p->name && !strcmp(p->name, "main")) continue;
        vec_push(roots, path);
    }
}

static void walk_std(Loader *L, const char *pattern, bool cmd, Strs *roots) {
    Strs paths = {0};
    Walk w = {L, pattern, false, !cmd, &paths};
    if (cmd) walk(&w, load_join(L->a, L->srcdir, "cmd"), "cmd", true);
    else walk(&w, L->srcdir, "", true);
    add_matches(L, &paths, L->srcdir, NULL, true, roots);
    vec_free(&paths);
}

static void walk_module(Loader *L, LoadModule *m, const char *pattern, const char *dir, const char *path, Strs *roots) {
    Strs paths = {0};
    Walk w = {L, pattern, true, false, &paths};
    walk(&w, dir, path, true);
    add_matches(L, &paths, m->dir, m, false, roots);
    vec_free(&paths);
}

/* main_path: the import path of a directory of the main module. */
static const char *main_path(Loader *L, const char *dir) {
    const char *rest = dir + strlen(L->main->dir);
    return *rest == '/' ? load_fmt(L->a, "%s%s", L->main->path, rest) : L->main->path;
}

/* ---- one pattern --------------------------------------------------------- */

static void pattern_error(Loader *L, const char *msg) { vec_push(&L->g->errors, msg); }

static bool is_local(const char *p) {
    return !strcmp(p, ".") || !strcmp(p, "..") || !strncmp(p, "./", 2) || !strncmp(p, "../", 3) || p[0] == '/';
}

/* local_tree expands "DIR/..." relative to the working directory. */
static void local_tree(Loader *L, const char *pat, Strs *roots) {
    const char *dots = strstr(pat, "...");
    char *prefix = arena_strndup(L->a, pat, (size_t)(dots - pat));
    const char *dir = load_clean(L->a, pat[0] == '/' ? prefix : load_join(L->a, L->cwd, prefix));
    if (!load_is_dir(dir)) {
        pattern_error(L, load_fmt(L->a, "pattern %s: lstat %s: no such file or directory", pat, prefix));
        return;
    }
    if (!L->main && load_has_path_prefix(dir, L->srcdir) && strcmp(dir, L->srcdir)) {
        const char *rel = dir + strlen(L->srcdir) + 1;
        bool slash = dots > pat && dots[-1] == '/';
        walk_std(L, load_fmt(L->a, slash ? "%s/...%s" : "%s...%s", rel, dots + 3), load_has_path_prefix(rel, "cmd"), roots);
        return;
    }
    if (!L->main) {
        pattern_error(L, load_fmt(L->a, "pattern %s: directory prefix %s does not contain main module or its selected dependencies", pat, load_short_path(L, dir)));
        return;
    }
    if (!load_has_path_prefix(dir, L->main->dir)) {
        pattern_error(L, load_fmt(L->a, "pattern %s: directory %s is outside module root (%s)", pat, load_short_path(L, dir), L->main->dir));
        return;
    }
    const char *path = main_path(L, dir);
    if (strcmp(dir, L->main->dir) && load_in_nested_module(L, L->main->dir, dir)) {
        pattern_error(L, load_fmt(L->a, "pattern %s: main module (%s) does not contain package %s", pat, L->main->path, path));
        return;
    }
    bool slash = dots > pat && dots[-1] == '/';
    const char *mpat = load_fmt(L->a, slash ? "%s/...%s" : "%s...%s", path, dots + 3);
    walk_module(L, L->main, mpat, L->main->dir, L->main->path, roots);
}

/* local_dir names the package in one directory. */
static LoadPackage *local_dir(Loader *L, const char *pat) {
    const char *dir = load_clean(L->a, pat[0] == '/' ? pat : load_join(L->a, L->cwd, pat));
    if (!load_is_dir(dir)) {
        pattern_error(L, load_fmt(L->a, "stat %s: directory not found", dir));
        return NULL;
    }
    if (load_has_path_prefix(dir, L->srcdir) && strcmp(dir, L->srcdir))
        return load_package_at(L, dir + strlen(L->srcdir) + 1, dir, NULL, true);
    if (!L->main) {
        pattern_error(L, "go: go.mod file not found in current directory or any parent directory; see 'go help modules'");
        return NULL;
    }
    if (!load_has_path_prefix(dir, L->main->dir)) {
        pattern_error(L, load_fmt(L->a, "directory %s outside main module or its selected dependencies", load_short_path(L, dir)));
        return NULL;
    }
    const char *path = main_path(L, dir);
    if (strcmp(dir, L->main->dir) && load_in_nested_module(L, L->main->dir, dir)) {
        pattern_error(L, load_fmt(L->a, "main module (%s) does not contain package %s", L->main->path, path));
        return NULL;
    }
    return load_package_at(L, path, dir, L->main, false);
}

/* path_tree expands an import-path pattern with "..." over std and the
 * modules. */
static void path_tree(Loader *L, const char *pat, Strs *roots) {
    if (load_std_looking(pat)) walk_std(L, pat, false, roots);
    for (int i = -1; i < L->mods.n; i++) {
        LoadModule *m = i < 0 ? L->main : L->mods.a[i];
        if (!m || !tree_can_match(pat, m->path) || !load_is_dir(m->dir)) continue;
        walk_module(L, m, pat, m->dir, m->path, roots);
    }
}

static void add_root(Loader *L, LoadPackage *p) {
    if (map_getp(&L->isroot, p)) return;
    if (p->bare_error) p->error = p->bare_error; /* named, not imported */
    map_putp(&L->isroot, p, p);
    vec_push(&L->roots, p);
}

/* expand_all: the main module's packages, everything they import, and
 * what their tests import, with everything that imports; sorted. */
static void expand_all(Loader *L, Strs *paths) {
    if (!L->main) return;
    L->want_tests = true;
    Strs mains = {0};
    walk_module(L, L->main, load_fmt(L->a, "%s/...", L->main->path), L->main->dir, L->main->path, &mains);
    L->want_tests = false;
    Vec(LoadPackage *) queue = {0};
    Map seen = {0};
    for (int i = 0; i < mains.n; i++) {
        LoadPackage *p = map_getp(&L->pkgs, intern_cstr(mains.a[i]));
        map_putp(&seen, p, p);
        vec_push(&queue, p);
    }
    for (int i = 0; i < queue.n; i++) {
        LoadPackage *p = queue.a[i];
        load_resolve_imports(L, p);
        LoadPackage **t = p->module && p->module->main ? load_test_imports(L, p) : NULL;
        for (int j = 0; j < p->nimports || (t && t[j - p->nimports]); j++) {
            LoadPackage *q = j < p->nimports ? p->imports[j] : t[j - p->nimports];
            if (map_getp(&seen, q)) continue;
            map_putp(&seen, q, q);
            vec_push(&queue, q);
        }
    }
    for (int i = 0; i < queue.n; i++) vec_push(paths, queue.a[i]->path);
    if (paths->n > 1) qsort(paths->a, (size_t)paths->n, sizeof paths->a[0], cmp_str);
    vec_free(&mains), vec_free(&queue);
    map_clear(&seen);
}

static void expand_one(Loader *L, const char *pat) {
    Strs paths = {0};
    bool tree = strstr(pat, "...") != NULL;
    if (!strcmp(pat, "all")) {
        expand_all(L, &paths);
    } else if (!strcmp(pat, "tool") || !strcmp(pat, "work")) {
        pattern_error(L, load_fmt(L->a, "goesc: the pattern \"%s\" is not supported", pat));
    } else if (!strcmp(pat, "std") || !strcmp(pat, "cmd")) {
        walk_std(L, NULL, !strcmp(pat, "cmd"), &paths);
    } else if (is_local(pat) && tree) {
        local_tree(L, pat, &paths);
    } else if (is_local(pat)) {
        LoadPackage *p = local_dir(L, pat);
        if (p) add_root(L, p);
    } else if (tree) {
        path_tree(L, pat, &paths);
    } else {
        add_root(L, load_import(L, pat, NULL, NULL, (Pos){0, 0, 0}));
    }
    if ((tree || !strcmp(pat, "all")) && paths.n == 0 && L->g->errors.n == 0)
        vec_push(&L->g->warnings, load_fmt(L->a, "go: warning: \"%s\" matched no packages", pat));
    for (int i = 0; i < paths.n; i++) add_root(L, map_getp(&L->pkgs, intern_cstr(paths.a[i])));
    vec_free(&paths);
}

/* ---- .go files ------------------------------------------------------------ */

static bool has_go_suffix(const char *s) {
    size_t n = strlen(s);
    return n >= 3 && !strcmp(s + n - 3, ".go");
}

/* dir_of is filepath.Dir: the cleaned directory part of a file name. */
static const char *dir_of(Arena *a, const char *f) {
    const char *slash = strrchr(f, '/');
    if (!slash) return ".";
    if (slash == f) return "/";
    const char *d = arena_strndup(a, f, (size_t)(slash - f));
    if (d[0] == '/') return load_clean(a, d);
    const char *c = load_clean(a, load_fmt(a, "/%s", d)) + 1;
    if (!strncmp(d, "..", 2)) return d; /* keep leading ".." as written */
    return *c ? c : ".";
}

static void expand_files(Loader *L, const char *const *pats, int n) {
    const char *dir0 = NULL;
    for (int i = 0; i < n; i++) {
        if (!has_go_suffix(pats[i])) {
            pattern_error(L, load_fmt(L->a, "named files must be .go files: %s", pats[i]));
            return;
        }
        const char *full = pats[i][0] == '/' ? pats[i] : load_join(L->a, L->cwd, pats[i]);
        if (load_is_dir(full)) {
            pattern_error(L, load_fmt(L->a, "%s is a directory, should be a Go file", pats[i]));
            return;
        }
        if (!load_is_file(full)) {
            pattern_error(L, load_fmt(L->a, "stat %s: no such file or directory", pats[i]));
            return;
        }
        const char *d = dir_of(L->a, pats[i]);
        if (dir0 && strcmp(dir0, d)) {
            pattern_error(L, load_fmt(L->a, "named files must all be in one directory; have %s and %s", dir0, d));
            return;
        }
        dir0 = d;
    }
    LoadPackage *p = load_files_package(L, (char **)pats, n);
    if (!p->has_go) {
        pattern_error(L, "go: no Go source files");
        return;
    }
    add_root(L, p);
}

void load_expand(Loader *L, const char *const *patterns, int n) {
    for (int i = 0; i < n; i++)
        if (has_go_suffix(patterns[i])) {
            expand_files(L, patterns, n);
            return;
        }
    /* Errors worded "go: ..." end the go command at once: stop there too. */
    for (int i = 0; i < n; i++) {
        int e = L->g->errors.n;
        expand_one(L, patterns[i]);
        if (L->g->errors.n > e && !strncmp(L->g->errors.a[e], "go: ", 4)) break;
    }
}

