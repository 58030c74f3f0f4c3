/* graph.c: loading packages and their imports into a graph.
 *
 * A package is a directory scanned once: its .go files pass the file-name
 * rules and their header constraints, files importing "C" are set aside
 * when cgo is off, _test.go files are counted but not listed. Imports are
 * then resolved depth first, as the go command does, so an import cycle is
 * found on the way down and reported with the import stack. Import paths
 * resolve through std's vendor tree (for importers in std), std, the main
 * module and the required modules; a path nothing provides becomes a
 * package that carries only go's error for it. */
#include "load/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum { ST_NEW, ST_LOADING, ST_DONE };

/* ---- scanning a directory -------------------------------------------- */

/* DirScan collects what the files of one directory say. */
typedef struct DirScan {
    Vec(const char *) files, names;
    Vec(LoadImport) imports;  /* from the listed files */
    Vec(const char *) impfile; /* base name of the file of each import */
    int ntests, nignored, ncgo;
    const char *name, *firstfile;
    const char *error;
    bool error_has_pos; /* the error names its own file position */
    int dirfd;          /* the package directory, open (-1: not) */
    Vec(LoadImport) timports; /* from test files, when the loader wants them */
    Vec(const char *) timpfile;
} DirScan;

static void scan_error(DirScan *s, const char *msg) {
    if (!s->error) s->error = msg;
}

static bool has_suffix(const char *s, const char *suf) {
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !strcmp(s + n - m, suf);
}

enum { HEAD = 4096 };

/* read_header reads the header of the file name at path: its first HEAD
 * bytes, or all of it when the header does not end within them. The file
 * is opened relative to the directory when that is open (one path
 * component for the kernel to look up instead of all). */
static bool read_header(Loader *L, int dirfd, const char *name, const char *path, LoadHeader *h) {
    char buf[HEAD + 1];
    int fd = dirfd >= 0 ? openat(dirfd, name, O_RDONLY) : open(path, O_RDONLY);
    if (fd < 0) return false;
    ssize_t got = read(fd, buf, HEAD);
    close(fd);
    if (got < 0) return false;
    buf[got] = 0;
    load_read_header(L->a, buf, (size_t)got, h);
    if (got < HEAD || h->end + 64 < (size_t)got) return true;
    vec_free(&h->imports);
    vec_free(&h->plusbuild);
    size_t n;
    const char *err;
    char *text = read_file(path, &n, &err);
    if (!text) return false;
    load_read_header(L->a, text, n, h);
    free(text);
    return true;
}

/* classify reads one .go file into h and files it in s; all_files drops
 * the constraint checks (files named on the command line). */
static void classify(Loader *L, LoadPackage *p, DirScan *s, const char *name, bool all_files, LoadHeader *h) {
    if (name[0] == '_' || name[0] == '.') return;
    if (!all_files && !load_good_osarch_name(L->cfg, name)) {
        s->nignored++;
        return;
    }
    const char *path = load_join(L->a, p->dir, name);
    if (!read_header(L, strchr(name, '/') ? -1 : s->dirfd, name, path, h)) {
        scan_error(s, load_fmt(L->a, "read %s: %s", path, strerror(errno)));
        return;
    }
    const char *cerr = NULL;
    int ok = load_header_should_build(L->cfg, h, &cerr);
    if (ok < 0) {
        scan_error(s, load_fmt(L->a, "%s: %s", name, cerr));
        return;
    }
    if (!ok && !all_files) {
        s->nignored++;
        return;
    }
    if (h->err && !s->error) {
        scan_error(s, load_fmt(L->a, "%s:%s", load_short_path(L, path), h->err));
        s->error_has_pos = true;
    }
    bool test = has_suffix(name, "_test.go");
    const char *pkg = h->pkgname ? h->pkgname : "";
    if (!strcmp(pkg, "documentation")) {
        s->nignored++;
        return;
    }
    if (test && has_suffix(pkg, "_test") && (!s->name || strcmp(s->name, pkg)))
        pkg = arena_strndup(L->a, pkg, strlen(pkg) - 5);
    if (!s->name) {
        s->name = pkg, s->firstfile = name;
    } else if (strcmp(pkg, s->name)) {
        scan_error(s, load_fmt(L->a, "found packages %s (%s) and %s (%s) in %s", s->name, s->firstfile, pkg, name, p->dir));
    }
    if (h->cgo && test) scan_error(s, load_fmt(L->a, "use of cgo in test %s not supported", path));
    if (h->cgo && !L->cfg->cgo) {
        s->nignored++;
        return;
    }
    if (test) {
        s->ntests++;
        for (int i = 0; L->want_tests && i < h->imports.n; i++) {
            vec_push(&s->timports, h->imports.a[i]);
            vec_push(&s->timpfile, path);
        }
        return;
    }
    if (h->cgo) s->ncgo++;
    else {
        vec_push(&s->files, path);
        vec_push(&s->names, name);
    }
    for (int i = 0; i < h->imports.n; i++) {
        vec_push(&s->imports, h->imports.a[i]);
        vec_push(&s->impfile, path);
    }
}

static void scan_file(Loader *L, LoadPackage *p, DirScan *s, const char *name, bool all_files) {
    LoadHeader h;
    memset(&h, 0, sizeof h);
    classify(L, p, s, name, all_files, &h);
    vec_free(&h.imports);
    vec_free(&h.plusbuild);
}

typedef struct ImpRef {
    const char *path, *file;
    Pos pos;
} ImpRef;
typedef Vec(ImpRef) ImpRefs;

static int cmp_imp(const void *x, const void *y) {
    const ImpRef *a = x, *b = y;
    int c = strcmp(a->path, b->path);
    return c ? c : (a < b ? -1 : a > b);
}

/* add_implicit appends an import the go command adds, unless present. */
static void add_implicit(ImpRefs *v, const char *path) {
    for (int i = 0; i < v->n; i++)
        if (!strcmp(v->a[i].path, path)) return;
    vec_push(v, ((ImpRef){path, NULL, {0, 0, 0}}));
}

static bool cgo_excluded(const char *path) {
    return !strcmp(path, "runtime/cgo") || !strcmp(path, "runtime/race") || !strcmp(path, "runtime/msan") ||
           !strcmp(path, "runtime/asan");
}

/* set_imports sorts and dedups the imports (keeping the first position of
 * each) and appends the implicit ones: cgo's, a main package's runtime. */
static void set_imports(Loader *L, LoadPackage *p, DirScan *s) {
    ImpRefs v = {0};
    for (int i = 0; i < s->imports.n; i++)
        vec_push(&v, ((ImpRef){s->imports.a[i].path, s->impfile.a[i], s->imports.a[i].pos}));
    if (v.n > 1) qsort(v.a, (size_t)v.n, sizeof v.a[0], cmp_imp);
    int w = 0;
    for (int i = 0; i < v.n; i++)
        if (strcmp(v.a[i].path, "C") && (w == 0 || strcmp(v.a[w - 1].path, v.a[i].path))) v.a[w++] = v.a[i];
    v.n = w;
    const char *ga = L->cfg->goarch;
    bool simd = !strcmp(ga, "amd64") || !strcmp(ga, "arm64") || !strcmp(ga, "wasm");
    for (int i = 0; simd && i < v.n; i++)
        if (!strcmp(v.a[i].path, "simd")) add_implicit(&v, "simd/internal/bridge");
    if (s->ncgo > 0) {
        add_implicit(&v, "unsafe");
        if (!p->std || !cgo_excluded(p->path)) add_implicit(&v, "runtime/cgo");
        if (!p->std || !cgo_excluded(p->path)) add_implicit(&v, "syscall");
    }
    if (p->name && !strcmp(p->name, "main")) {
        add_implicit(&v, "runtime");
        if (!strcmp(ga, "arm")) add_implicit(&v, "math");
    }
    p->nimports = v.n;
    p->imports_path = NEWARR(L->a, const char *, v.n);
    p->imports_written = NEWARR(L->a, const char *, v.n);
    p->imports = NEWARR(L->a, LoadPackage *, v.n);
    for (int i = 0; i < v.n; i++) p->imports_path[i] = p->imports_written[i] = v.a[i].path;
    map_putp(&L->refs, p, vec_to_arena(L->a, &v)); /* until the imports are resolved */
    vec_free(&v);
}

/* stack_error words an error the go command reports with the import
 * stack that led to the package: "package A\n\timports B: msg". */
static const char *stack_error(Loader *L, LoadPackage *p, const char *msg) {
    size_t cap = strlen(p->path) + strlen(msg) + 16;
    for (int i = 0; i < L->stack.n; i++) cap += strlen(L->stack.a[i]->path) + 10;
    char *buf = arena_alloc(L->a, cap), *o = buf;
    o += sprintf(o, "package ");
    for (int i = 0; i < L->stack.n; i++) o += sprintf(o, "%s\n\timports ", L->stack.a[i]->path);
    sprintf(o, "%s: %s", p->path, msg);
    return buf;
}

/* scan_error_text: a directory error, with the importing position when
 * the package was reached through an import. */
static const char *scan_error_text(Loader *L, DirScan *s) {
    if (s->error_has_pos || !L->from_file) return s->error;
    return load_fmt(L->a, "%s:%u:%u: %s", load_short_path(L, L->from_file), L->from_pos.line, L->from_pos.col, s->error);
}

/* set_test_imports keeps the imports of p's test files (sorted, unique)
 * for the "all" pattern. */
static void set_test_imports(Loader *L, LoadPackage *p, DirScan *s) {
    ImpRefs v = {0};
    for (int i = 0; i < s->timports.n; i++)
        vec_push(&v, ((ImpRef){s->timports.a[i].path, s->timpfile.a[i], s->timports.a[i].pos}));
    if (v.n > 1) qsort(v.a, (size_t)v.n, sizeof v.a[0], cmp_imp);
    int w = 0;
    for (int i = 0; i < v.n; i++)
        if (w == 0 || strcmp(v.a[w - 1].path, v.a[i].path)) v.a[w++] = v.a[i];
    v.n = w;
    vec_push(&v, ((ImpRef){NULL, NULL, {0, 0, 0}})); /* terminator */
    map_putp(&L->testrefs, p, vec_to_arena(L->a, &v));
    vec_free(&v);
}

static void finish_scan(Loader *L, LoadPackage *p, DirScan *s) {
    p->name = s->name;
    p->nfiles = s->files.n;
    p->files = vec_to_arena(L->a, &s->files);
    p->gofiles = vec_to_arena(L->a, &s->names);
    p->has_go = s->files.n + s->ncgo + s->ntests > 0 || s->error;
    if (s->error) p->error = scan_error_text(L, s);
    else if (s->files.n + s->ncgo + s->ntests == 0) {
        if (s->nignored > 0)
            p->error = stack_error(L, p, load_fmt(L->a, "build constraints exclude all Go files in %s", p->dir));
        else
            p->error = load_fmt(L->a, "no Go files in %s", p->dir);
    }
    set_imports(L, p, s);
    if (s->timports.n) set_test_imports(L, p, s);
    vec_free(&s->files), vec_free(&s->names), vec_free(&s->imports), vec_free(&s->impfile);
    vec_free(&s->timports), vec_free(&s->timpfile);
}

static LoadPackage *new_package(Loader *L, const char *path, const char *dir, LoadModule *m, bool std) {
    LoadPackage *p = NEW(L->a, LoadPackage);
    p->path = path;
    p->dir = dir;
    p->module = m;
    p->std = std;
    p->gover = m ? m->gover : load_fmt(L->a, "1.%d", L->cfg->minor);
    map_putp(&L->pkgs, intern_cstr(path), p);
    return p;
}

LoadPackage *load_package_at(Loader *L, const char *path, const char *dir, LoadModule *m, bool std) {
    LoadPackage *p = map_getp(&L->pkgs, intern_cstr(path));
    if (p) return p;
    p = new_package(L, path, dir, m, std);
    char **names;
    char *kinds;
    int n = load_read_names(L->a, dir, &names, &kinds);
    DirScan s = {0};
    s.dirfd = n > 0 ? open(dir, O_RDONLY | O_DIRECTORY) : -1;
    if (n < 0) scan_error(&s, load_fmt(L->a, "no Go files in %s", dir)), n = 0;
    /* Test files only decide between a test-only package and one with no
     * Go files, so they are read only when nothing else is there. */
    for (int i = 0; i < n; i++)
        if (kinds[i] == 'f' && has_suffix(names[i], ".go") && !has_suffix(names[i], "_test.go")) scan_file(L, p, &s, names[i], false);
    bool tests = L->want_tests && m && m->main;
    for (int i = 0; i < n && (tests || s.files.n + s.ncgo + s.ntests == 0); i++)
        if (kinds[i] == 'f' && has_suffix(names[i], "_test.go")) scan_file(L, p, &s, names[i], false);
    if (s.dirfd >= 0) close(s.dirfd);
    finish_scan(L, p, &s);
    return p;
}

/* load_files_package makes command-line-arguments from .go files of one
 * directory (checked by the caller), in the order given. */
LoadPackage *load_files_package(Loader *L, char **files, int n) {
    const char *first = load_clean(L->a, files[0][0] == '/' ? files[0] : load_join(L->a, L->cwd, files[0]));
    char *dir = arena_strndup(L->a, first, (size_t)(strrchr(first, '/') - first));
    const char *path;
    LoadModule *m = L->main ? load_module_for_dir(L, dir, &path) : NULL;
    bool std = load_has_path_prefix(dir, L->srcdir);
    LoadPackage *p = new_package(L, "command-line-arguments", dir, m, std && !m);
    DirScan s = {0};
    s.dirfd = open(dir, O_RDONLY | O_DIRECTORY);
    for (int i = 0; i < n; i++) {
        const char *base = strrchr(files[i], '/');
        scan_file(L, p, &s, base ? base + 1 : files[i], true);
    }
    if (s.dirfd >= 0) close(s.dirfd);
    finish_scan(L, p, &s);
    return p;
}

/* ---- resolving imports ------------------------------------------------ */

/* std_vendor maps an import from std (or from std's vendor tree) of a
 * non-std path to std's vendored copy, when there is one. */
static const char *std_vendor(Loader *L, LoadPackage *importer, const char *path) {
    if (!importer || !importer->std || load_std_looking(path)) return path;
    const char *pre = load_has_path_prefix(importer->path, "cmd") ? "cmd/vendor" : "vendor";
    char *vp = load_join(L->a, pre, path);
    return load_is_dir(load_join(L->a, L->srcdir, vp)) ? vp : path;
}

static LoadPackage *missing(Loader *L, const char *path, const char *dir, const char *msg, const char *file, Pos pos) {
    LoadPackage *p = new_package(L, path, dir, NULL, false);
    p->state = ST_DONE;
    p->bare_error = msg;
    if (file) p->error = load_fmt(L->a, "%s:%u:%u: %s", load_short_path(L, file), pos.line, pos.col, msg);
    else p->error = msg;
    return p;
}

static LoadPackage *find_dir(Loader *L, const char *path, const char *file, Pos pos);

static LoadPackage *find(Loader *L, const char *path, const char *file, Pos pos) {
    LoadPackage *p = map_getp(&L->pkgs, intern_cstr(path));
    if (p) return p;
    L->from_file = file, L->from_pos = pos;
    p = find_dir(L, path, file, pos);
    L->from_file = NULL;
    return p;
}

/* find_dir locates a package not loaded yet: std, else the modules. A
 * directory counts only if it holds a .go file, as in the go command. */
static LoadPackage *find_dir(Loader *L, const char *path, const char *file, Pos pos) {
    if (load_std_looking(path)) {
        const char *dir = load_join(L->a, L->srcdir, path);
        if (load_has_go_file(L, dir)) return load_package_at(L, path, dir, NULL, true);
    }
    LoadModule *best = NULL;
    const char *bestdir = NULL;
    for (int i = -1; i < L->mods.n; i++) {
        LoadModule *m = i < 0 ? L->main : L->mods.a[i];
        const char *dir = m ? load_module_dir(L, m, path) : NULL;
        if (dir && (!best || strlen(m->path) > strlen(best->path))) best = m, bestdir = dir;
    }
    if (best) return load_package_at(L, path, bestdir, best, false);
    if (load_std_looking(path)) {
        const char *dir = load_join(L->a, L->srcdir, path);
        return missing(L, path, dir, load_fmt(L->a, "package %s is not in std (%s)", path, dir), file, pos);
    }
    if (L->vendor)
        return missing(L, path, "", load_fmt(L->a, "cannot find module providing package %s: import lookup disabled by -mod=vendor\n\t(Go version in go.mod is at least 1.14 and vendor directory exists.)", path), file, pos);
    if (!L->main)
        return missing(L, path, "", load_fmt(L->a, "no required module provides package %s: go.mod file not found in current directory or any parent directory; see 'go help modules'", path), file, pos);
    for (int i = 0; i < L->mods.n; i++) {
        LoadModule *m = L->mods.a[i];
        if (load_has_path_prefix(path, m->path) && !load_is_dir(m->dir))
            return missing(L, path, "", load_fmt(L->a, "%s@%s: module not found in the module cache (%s); run 'go mod download'", m->path, m->version, m->dir), file, pos);
    }
    return missing(L, path, "", load_fmt(L->a, "no required module provides package %s; to add it:\n\tgo get %s", path, path), file, pos);
}

static const char *cycle_error(Loader *L, LoadPackage *p) {
    size_t cap = 64;
    for (int i = 0; i < L->stack.n; i++) cap += strlen(L->stack.a[i]->path) + strlen(L->stackfile.a[i] ? L->stackfile.a[i] : "") + 20;
    cap += strlen(p->path) + 64;
    char *buf = arena_alloc(L->a, cap), *o = buf;
    for (int i = 0; i < L->stack.n; i++) {
        const char *f = i > 0 ? L->stackfile.a[i - 1] : NULL;
        if (i == 0) o += sprintf(o, "package %s", L->stack.a[i]->path);
        else o += sprintf(o, "\n\timports %s from %s", L->stack.a[i]->path, f ? strrchr(f, '/') + 1 : "");
    }
    return buf;
}

/* load_resolve_imports loads p's imports depth first. */
void load_resolve_imports(Loader *L, LoadPackage *p) {
    if (p->state != ST_NEW) return;
    p->state = ST_LOADING;
    ImpRef *refs = map_getp(&L->refs, p);
    for (int i = 0; i < p->nimports; i++) {
        vec_push(&L->stack, p);
        vec_push(&L->stackfile, refs[i].file);
        LoadPackage *q = load_import(L, refs[i].path, p, refs[i].file, refs[i].pos);
        L->stack.n--, L->stackfile.n--;
        if (!p->error) p->error = load_import_error(L, p, q, refs[i].path, refs[i].file, refs[i].pos);
        p->imports[i] = q;
        p->imports_path[i] = q->path;
    }
    p->state = ST_DONE;
}

/* malformed is the go command's module.CheckImportPath in part: the
 * shape of the path, not its characters nor "." elements. NULL when it is well formed. */
static const char *malformed(const char *path) {
    size_t n = strlen(path);
    if (n == 0) return "empty string";
    if (path[0] == '-') return "leading dash";
    if (strstr(path, "//")) return "double slash";
    if (path[n - 1] == '/') return "trailing slash";
    for (const char *e = path; *e;) {
        size_t k = strcspn(e, "/");
        if (k > 0 && e[k - 1] == '.') return "trailing dot in path element";
        e += k + (e[k] == '/');
    }
    return NULL;
}

LoadPackage *load_import(Loader *L, const char *path, LoadPackage *importer, const char *fromfile, Pos pos) {
    if (load_is_local_import(path)) {
        LoadPackage *p = map_getp(&L->pkgs, intern_cstr(path));
        return p ? p : missing(L, path, "", "local import in non-local package", NULL, pos);
    }
    const char *bad = malformed(path);
    if (bad) {
        return missing(L, path, "", load_fmt(L->a, "malformed import path \"%s\": %s", path, bad), fromfile, pos);
    }
    path = std_vendor(L, importer, path);
    LoadPackage *p = find(L, path, fromfile, pos);
    if (p->state == ST_LOADING) {
        if (!p->error) {
            const char *stk = cycle_error(L, p);
            const char *f = fromfile ? strrchr(fromfile, '/') + 1 : "";
            p->error = load_fmt(L->a, "%s\n\timports %s from %s: import cycle not allowed", stk, p->path, f);
        }
        return p;
    }
    load_resolve_imports(L, p);
    return p;
}

/* load_test_imports loads the imports of p's test files (read only for
 * main-module packages while expanding "all"); returns them, NULL-ended. */
LoadPackage **load_test_imports(Loader *L, LoadPackage *p) {
    ImpRef *refs = map_getp(&L->testrefs, p);
    int n = 0;
    while (refs && refs[n].path) n++;
    LoadPackage **out = NEWARR(L->a, LoadPackage *, n + 1);
    for (int i = 0; i < n; i++) out[i] = load_import(L, refs[i].path, p, refs[i].file, refs[i].pos);
    return out;
}

LoadPackage *load_package_import(const LoadPackage *p, const char *written) {
    for (int i = 0; i < p->nimports; i++)
        if (!strcmp(p->imports_written[i], written)) return p->imports[i];
    return NULL;
}
