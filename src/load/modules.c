/* modules.c: the main module and the modules it requires.
 *
 * The main module is the nearest go.mod at or above the working directory.
 * Its require lines (with replace lines applied) give the other modules:
 * a replacement by a directory is read from there, anything else from the
 * module cache ($GOMODCACHE, else the first $GOPATH entry's pkg/mod, else
 * $HOME/go/pkg/mod). Go 1.17 and later list every module that provides a
 * package in the main go.mod, so its requires are taken as the build list.
 * In vendor mode (a vendor directory and go 1.14 or later) the modules are
 * those of vendor/modules.txt, found in the vendor tree instead.
 * A module's directory tree stops at any subdirectory with its own go.mod. */
#include "load/internal.h"

#include <stdio.h>
#include <string.h>

/* escape_path applies the module cache's case encoding: 'A' -> "!a". */
static char *escape_path(Arena *a, const char *s) {
    size_t n = strlen(s);
    char *o = arena_alloc(a, 2 * n + 1), *q = o;
    for (; *s; s++) {
        if (*s >= 'A' && *s <= 'Z') *q++ = '!', *q++ = (char)(*s + 32);
        else *q++ = *s;
    }
    *q = 0;
    return o;
}

static const char *modcache(Loader *L) {
    const char *v = getenv("GOMODCACHE");
    if (v && *v) return load_clean(L->a, v[0] == '/' ? v : load_join(L->a, L->cwd, v));
    v = getenv("GOPATH");
    if (v && *v) return load_join(L->a, arena_strndup(L->a, v, strcspn(v, ":")), "pkg/mod");
    v = getenv("HOME");
    return load_join(L->a, v && *v ? v : "/root", "go/pkg/mod");
}

/* read_gomod parses dir/go.mod; NULL if there is none. */
static LoadModFile *read_gomod(Loader *L, const char *dir, const char **err) {
    const char *file = load_join(L->a, dir, "go.mod");
    size_t n;
    const char *rerr;
    char *text = read_file(file, &n, &rerr);
    if (!text) return NULL;
    LoadModFile *mf = NEW(L->a, LoadModFile);
    const char *shortf = load_short_path(L, file);
    load_parse_gomod(L->a, shortf, text, mf);
    free(text);
    if (!mf->err || !err) return mf;
    if (!mf->module)
        *err = "go: error reading go.mod: missing module declaration. To specify the module path:\n\tgo mod edit -module=example.com/mod";
    else
        *err = load_fmt(L->a, "go: errors parsing %s:\n%s", shortf, mf->err);
    return mf;
}

static const char *find_main_dir(Loader *L) {
    char *dir = load_clean(L->a, L->cwd);
    for (;;) {
        if (load_is_file(load_join(L->a, dir, "go.mod"))) return dir;
        char *slash = strrchr(dir, '/');
        if (!slash || slash == dir) return NULL;
        *slash = 0;
    }
}

static const char *is_local_path(const char *p) {
    return (p[0] == '/' || !strncmp(p, "./", 2) || !strncmp(p, "../", 3) || !strcmp(p, ".") || !strcmp(p, "..")) ? p : NULL;
}

static LoadModule *required_module(Loader *L, LoadModFile *mf, LoadRequire *r) {
    LoadModule *m = NEW(L->a, LoadModule);
    m->path = r->path;
    m->version = r->version;
    const char *newpath = r->path, *newver = r->version;
    for (int i = 0; i < mf->replace.n; i++) {
        LoadReplace *rp = &mf->replace.a[i];
        if (strcmp(rp->old, r->path) || (rp->oldver && strcmp(rp->oldver, r->version))) continue;
        newpath = rp->new, newver = rp->newver;
    }
    if (!newver && is_local_path(newpath)) {
        m->dir = newpath[0] == '/' ? load_clean(L->a, newpath) : load_clean(L->a, load_join(L->a, L->main->dir, newpath));
        m->version = NULL;
    } else {
        m->dir = load_join(L->a, modcache(L), load_fmt(L->a, "%s@%s", escape_path(L->a, newpath), escape_path(L->a, newver)));
    }
    LoadModFile *sub = read_gomod(L, m->dir, NULL);
    m->gover = sub && sub->go ? sub->go : "1.16";
    if (sub) load_modfile_free(sub);
    return m;
}

/* minor_version: 22 for "1.22" or "1.22.3", 0 if unreadable. */
static int minor_version(const char *v) {
    int major = 0, minor = 0;
    return v && sscanf(v, "%d.%d", &major, &minor) == 2 && major == 1 ? minor : 0;
}

/* vendor_mode: does the go command use the main module's vendor tree?
 * It does when the tree exists, go.mod says go 1.14 or later and GOFLAGS
 * does not ask for -mod=mod or -mod=readonly. */
static bool vendor_mode(Loader *L, const char *go) {
    const char *flags = getenv("GOFLAGS");
    if (flags && (strstr(flags, "-mod=mod") || strstr(flags, "-mod=readonly"))) return false;
    return minor_version(go) >= 14 && load_is_dir(load_join(L->a, L->main->dir, "vendor"));
}

/* read_vendor lists the modules vendor/modules.txt names ("# path version"
 * lines, with "## explicit; go 1.20" giving a module's go version). */
static void read_vendor(Loader *L) {
    const char *vdir = load_join(L->a, L->main->dir, "vendor");
    size_t n;
    const char *err;
    char *text = read_file(load_join(L->a, vdir, "modules.txt"), &n, &err);
    LoadModule *m = NULL;
    for (char *p = text ? text : ""; *p;) {
        char *e = strchr(p, '\n');
        if (e) *e = 0;
        char path[1024], ver[256];
        if (!strncmp(p, "# ", 2) && sscanf(p + 2, "%1023s %255s", path, ver) == 2) {
            m = NEW(L->a, LoadModule);
            m->path = load_fmt(L->a, "%s", path);
            m->version = load_fmt(L->a, "%s", ver);
            m->dir = load_join(L->a, vdir, m->path);
            m->gover = "1.16";
            vec_push(&L->mods, m);
        } else if (m && !strncmp(p, "## ", 3)) {
            const char *g = strstr(p, "go ");
            if (g) m->gover = load_fmt(L->a, "%.*s", (int)strcspn(g + 3, " ;"), g + 3);
        }
        p = e ? e + 1 : p + strlen(p);
    }
    free(text);
}

const char *load_setup_modules(Loader *L) {
    const char *gm = getenv("GO111MODULE");
    if (gm && !strcmp(gm, "off")) return "goesc: GO111MODULE=off (GOPATH mode) is not supported";
    const char *dir = find_main_dir(L);
    if (!dir) return NULL;
    const char *err = NULL;
    LoadModFile *mf = read_gomod(L, dir, &err);
    if (err || !strcmp(mf->module, "std") || !strcmp(mf->module, "cmd")) {
        load_modfile_free(mf);
        return err;
    }
    LoadModule *m = NEW(L->a, LoadModule);
    m->path = mf->module;
    m->dir = dir;
    m->gover = mf->go ? mf->go : "1.16";
    m->main = true;
    L->main = m;
    L->vendor = vendor_mode(L, mf->go);
    if (L->vendor) read_vendor(L);
    else
        for (int i = 0; i < mf->require.n; i++) vec_push(&L->mods, required_module(L, mf, &mf->require.a[i]));
    load_modfile_free(mf);
    return NULL;
}

/* load_in_nested_module: is there a go.mod in dir or a parent below root? */
bool load_in_nested_module(Loader *L, const char *root, const char *dir) {
    size_t rn = strlen(root);
    char *d = arena_strndup(L->a, dir, strlen(dir));
    while (strlen(d) > rn) {
        if (load_is_file(load_join(L->a, d, "go.mod"))) return true;
        char *slash = strrchr(d, '/');
        if (!slash) break;
        *slash = 0;
    }
    return false;
}

const char *load_module_dir(Loader *L, LoadModule *m, const char *path) {
    if (!load_has_path_prefix(path, m->path)) return NULL;
    const char *rest = path + strlen(m->path);
    if (*rest == '/') rest++;
    const char *dir = load_join(L->a, m->dir, rest);
    if (!load_has_go_file(L, dir)) return NULL;
    if (*rest && load_in_nested_module(L, m->dir, dir)) return NULL;
    return dir;
}

/* load_module_for_dir: the module whose tree holds dir (main module or a
 * directory replacement), with the import path dir has in it. */
LoadModule *load_module_for_dir(Loader *L, const char *dir, const char **path) {
    LoadModule *best = NULL;
    size_t bestn = 0;
    for (int i = -1; i < L->mods.n; i++) {
        LoadModule *m = i < 0 ? L->main : L->mods.a[i];
        if (!m || (i >= 0 && m->version)) continue;
        size_t n = strlen(m->dir);
        if (load_has_path_prefix(dir, m->dir) && n >= bestn) best = m, bestn = n;
    }
    if (!best) return NULL;
    const char *rest = dir + bestn;
    if (*rest == '/') rest++;
    *path = *rest ? load_fmt(L->a, "%s/%s", best->path, rest) : best->path;
    return best;
}
