/* packages.c: load_packages, the stage's entry point.
 *
 * One run: find the main module, expand the patterns into root packages,
 * resolve every import depth first from the roots in order, and list the
 * graph in go list -deps order: a depth-first post-order walk from the
 * roots, each package's imports taken in sorted order, so dependencies
 * always come before their importers. */
#include "load/internal.h"

#include <string.h>
#include <unistd.h>

typedef Vec(LoadPackage *) Pkgs;

static void post_order(LoadPackage *p, Map *seen, Pkgs *out) {
    if (map_getp(seen, p)) return;
    map_putp(seen, p, p);
    for (int i = 0; i < p->nimports; i++) post_order(p->imports[i], seen, out);
    vec_push(out, p);
}

static const char *getcwd_clean(Arena *a) {
    const char *pwd = getenv("PWD");
    char buf[4096];
    const char *cwd = getcwd(buf, sizeof buf);
    if (!cwd) return "/";
    if (pwd && pwd[0] == '/' && load_is_dir(pwd)) {
        /* $PWD names the same directory through symlinks the way the
         * user sees it, as go uses it. */
        char rb[4096];
        char *r = realpath(pwd, rb);
        if (r && !strcmp(r, cwd)) return load_clean(a, pwd);
    }
    return load_clean(a, cwd);
}

LoadGraph *load_packages(LoadConfig *cfg, const char *const *patterns, int npatterns) {
    Arena *a = arena_new();
    Loader *L = NEW(a, Loader);
    L->a = a;
    L->cfg = cfg;
    L->g = NEW(L->a, LoadGraph);
    L->g->cfg = cfg;
    L->g->arena = a;
    L->cwd = getcwd_clean(L->a);
    L->srcdir = load_join(L->a, cfg->goroot, "src");
    if (cfg->err) {
        vec_push(&L->g->errors, xsprintf("go: %s", cfg->err));
        return L->g;
    }
    const char *err = load_setup_modules(L);
    if (err) {
        vec_push(&L->g->errors, err);
        return L->g;
    }
    L->g->main = L->main;
    load_expand(L, patterns, npatterns);
    for (int i = 0; i < L->roots.n; i++) load_resolve_imports(L, L->roots.a[i]);
    L->g->nroots = L->roots.n;
    L->g->roots = vec_to_arena(L->a, &L->roots);
    Map seen = {0};
    Pkgs all = {0};
    for (int i = 0; i < L->roots.n; i++) post_order(L->roots.a[i], &seen, &all);
    L->g->npkgs = all.n;
    L->g->pkgs = vec_to_arena(L->a, &all);
    vec_free(&all);
    map_clear(&seen);
    map_clear(&L->pkgs);
    map_clear(&L->isroot);
    map_clear(&L->refs);
    map_clear(&L->testrefs);
    vec_free(&L->roots), vec_free(&L->mods), vec_free(&L->stack), vec_free(&L->stackfile);
    return L->g;
}

void load_graph_free(LoadGraph *g) {
    vec_free(&g->errors);
    vec_free(&g->warnings);
    arena_free(g->arena);
}
